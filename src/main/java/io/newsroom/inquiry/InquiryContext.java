package io.newsroom.inquiry;

import io.newsroom.account.StaffDirectory;
import io.newsroom.release.ReleaseLookup;
import io.newsroom.settings.SiteSettings;

import org.springframework.stereotype.Component;

/** What the inbox reads from other features: the site, the releases and the staff. */
@Component
record InquiryContext(SiteSettings settings, ReleaseLookup releases, StaffDirectory staff) {
}
