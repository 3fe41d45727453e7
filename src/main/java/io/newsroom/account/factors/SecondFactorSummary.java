package io.newsroom.account.factors;

/**
 * What second factors a staff member has: an authenticator app, how many passkeys, how many unused
 * recovery codes. Public for the templates.
 */
public record SecondFactorSummary(boolean totp, int passkeys, int recoveryCodesLeft) {

    public boolean any() {
        return totp || passkeys > 0;
    }
}
