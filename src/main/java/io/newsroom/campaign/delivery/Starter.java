package io.newsroom.campaign.delivery;

import java.time.Instant;

import io.newsroom.campaign.model.Campaigns;
import io.newsroom.campaign.model.Recipient;
import io.newsroom.campaign.model.Recipients;
import io.newsroom.contacts.ContactLookup;
import io.newsroom.mail.Suppressions;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a campaign whose time has come: everyone on its lists and in its segments becomes a
 * recipient, each address once; suppressed addresses are recorded as skipped, never mailed. One
 * transaction: a second instance starting the same campaign fails on the campaign's version (or
 * the recipients' unique address) and changes nothing.
 */
@Component
class Starter {

    private final Campaigns campaigns;
    private final Recipients recipients;
    private final ContactLookup contacts;
    private final Suppressions suppressions;

    Starter(Campaigns campaigns, Recipients recipients, ContactLookup contacts, Suppressions suppressions) {
        this.campaigns = campaigns;
        this.recipients = recipients;
        this.contacts = contacts;
        this.suppressions = suppressions;
    }

    @Transactional
    public boolean startIfDue(long id, Instant now) {
        var campaign = campaigns.findById(id).filter(found -> found.isDue(now));
        if (campaign.isEmpty()) {
            return false;
        }
        var everyone = contacts.recipients(campaign.get().listIds(), campaign.get().segmentIds());
        var suppressed = suppressions.suppressedAmong(everyone.stream().map(ContactLookup.Recipient::email).toList());
        for (var person : everyone) {
            recipients.save(new Recipient(id, person.contactId(), person.email(), person.firstName(), person.lastName(),
                    person.outlet(), person.language(), suppressed.contains(person.email())));
        }
        campaign.get().start(now);
        campaigns.save(campaign.get());
        return true;
    }
}
