package io.newsroom.account.factors;

import java.time.Instant;

/**
 * A staff member's passkey as their security page lists it. Public for the templates.
 *
 * @param id the credential id, Base64URL
 */
public record PasskeyEntry(String id, String label, Instant created, Instant lastUsed) {
}
