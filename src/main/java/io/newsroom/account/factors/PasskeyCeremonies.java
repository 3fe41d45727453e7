package io.newsroom.account.factors;

import java.io.Serializable;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.webauthn.api.AttestationConveyancePreference;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableAuthenticationExtensionsClientInput;
import org.springframework.security.web.webauthn.api.ImmutableAuthenticationExtensionsClientInputs;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;

/**
 * Keeps the options of a passkey being added in the session between its two requests. Sessions live
 * in the database (Spring Session JDBC), which stores only serializable values, and Spring Security's
 * creation options are not: their parts are kept instead and put together again, so that any
 * instance can finish what another began.
 */
class PasskeyCeremonies implements PublicKeyCredentialCreationOptionsRepository {

    private static final String ATTRIBUTE = PasskeyCeremonies.class.getName() + ".creation";

    /** The parts of creation options that the registration's check reads. */
    private record Creation(byte[] challenge, byte[] userId, String userName, String userDisplayName, String rpId,
                            String rpName, UserVerificationRequirement userVerification, String residentKey,
                            long timeoutMillis) implements Serializable {
    }

    @Override
    public void save(HttpServletRequest request, HttpServletResponse response, PublicKeyCredentialCreationOptions options) {
        var session = request.getSession();
        if (options == null) {
            session.removeAttribute(ATTRIBUTE);
            return;
        }
        var selection = options.getAuthenticatorSelection();
        session.setAttribute(ATTRIBUTE, new Creation(options.getChallenge().getBytes(), options.getUser().getId().getBytes(),
                options.getUser().getName(), options.getUser().getDisplayName(), options.getRp().getId(),
                options.getRp().getName(), selection.getUserVerification(), selection.getResidentKey().getValue(),
                options.getTimeout() == null ? Duration.ofMinutes(5).toMillis() : options.getTimeout().toMillis()));
    }

    @Override
    public PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Creation creation)) {
            return null;
        }
        return PublicKeyCredentialCreationOptions.builder()
                .rp(PublicKeyCredentialRpEntity.builder().id(creation.rpId()).name(creation.rpName()).build())
                .user(ImmutablePublicKeyCredentialUserEntity.builder().id(new Bytes(creation.userId()))
                        .name(creation.userName()).displayName(creation.userDisplayName()).build())
                .challenge(new Bytes(creation.challenge()))
                .pubKeyCredParams(PublicKeyCredentialParameters.EdDSA, PublicKeyCredentialParameters.ES256,
                        PublicKeyCredentialParameters.RS256)
                .authenticatorSelection(AuthenticatorSelectionCriteria.builder()
                        .userVerification(creation.userVerification())
                        .residentKey(ResidentKeyRequirement.valueOf(creation.residentKey())).build())
                .attestation(AttestationConveyancePreference.NONE)
                .extensions(new ImmutableAuthenticationExtensionsClientInputs(ImmutableAuthenticationExtensionsClientInput.credProps))
                .timeout(Duration.ofMillis(creation.timeoutMillis()))
                .build();
    }
}
