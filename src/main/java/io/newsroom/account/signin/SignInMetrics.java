package io.newsroom.account.signin;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/** {@code newsroom_sign_in_failures_total}: failed staff sign-ins, for an alert on a guessing spree. */
@Component
class SignInMetrics implements MeterBinder {

    private volatile Counter failures;

    @Override
    public void bindTo(MeterRegistry registry) {
        failures = Counter.builder("newsroom.sign.in.failures")
                .description("Failed staff sign-ins (wrong password, unknown or locked account)")
                .register(registry);
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        var counter = failures;
        if (counter != null) {
            counter.increment();
        }
    }
}
