package io.newsroom.account.factors;

import java.net.URI;
import java.util.Set;

import io.newsroom.audit.AuditLog;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * Passkeys, with Spring Security's WebAuthn support: the relying party (this newsroom: its host
 * name and the origins its pages are served from) and where passkeys are kept (Spring Security's
 * tables, migration V34, so every instance knows them).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PasskeyConfiguration.PasskeyProperties.class)
class PasskeyConfiguration {

    /**
     * @param rpId           the domain passkeys belong to; the host of {@code newsroom.base-url} when not set
     * @param rpName         the name authenticators show
     * @param allowedOrigins where sign-ins may come from; the origin of {@code newsroom.base-url} when not set
     */
    @ConfigurationProperties("newsroom.passkeys")
    record PasskeyProperties(String rpId, String rpName, Set<String> allowedOrigins) {
    }

    @Bean
    PublicKeyCredentialUserEntityRepository passkeyUsers(JdbcOperations jdbc) {
        return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
    }

    @Bean
    StaffPasskeys staffPasskeys(JdbcOperations jdbc, PublicKeyCredentialUserEntityRepository users,
                                AuditLog audit) {
        return new StaffPasskeys(new JdbcUserCredentialRepository(jdbc), users, audit);
    }

    @Bean
    WebAuthnRelyingPartyOperations relyingParty(PublicKeyCredentialUserEntityRepository users, StaffPasskeys passkeys,
                                                PasskeyProperties properties,
                                                @Value("${newsroom.base-url:http://localhost:8080}") URI baseUrl) {
        String rpId = blank(properties.rpId()) ? baseUrl.getHost() : properties.rpId();
        String origin = baseUrl.getScheme() + "://" + baseUrl.getHost() + (baseUrl.getPort() < 0 ? "" : ":" + baseUrl.getPort());
        var origins = properties.allowedOrigins() == null || properties.allowedOrigins().isEmpty()
                ? Set.of(origin) : Set.copyOf(properties.allowedOrigins());
        var rp = PublicKeyCredentialRpEntity.builder().id(rpId)
                .name(blank(properties.rpName()) ? "Newsroom" : properties.rpName()).build();
        var operations = new Webauthn4JRelyingPartyOperations(users, passkeys, rp, origins);
        // a passkey signs in alone, so it must be two factors in one: held, and unlocked by a PIN or a
        // fingerprint. The server checks the UV flag against these options, kept in the session.
        operations.setCustomizeCreationOptions(options -> options.authenticatorSelection(AuthenticatorSelectionCriteria
                .builder().userVerification(UserVerificationRequirement.REQUIRED)
                .residentKey(ResidentKeyRequirement.REQUIRED).build()));
        operations.setCustomizeRequestOptions(options -> options.userVerification(UserVerificationRequirement.REQUIRED));
        return operations;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
