package io.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.newsroom.account.staff.StaffFixtures;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What operators and their load balancer see on the management port: readiness that follows the
 * database but not the mail server, liveness, and Prometheus metrics of the things worth an alert.
 * None of it is on the public port.
 */
@IntegrationTest
class OperationsTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    StaffFixtures staff;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void isReadyWhenTheDatabaseAnswersEvenThoughNoMailServerDoes() throws Exception {
        var readiness = get(managementPort, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"").contains("\"db\"");

        assertThat(get(managementPort, "/actuator/health/liveness").statusCode()).isEqualTo(200);

        // nothing listens on the test SMTP port: mail is reported down, readiness stays up
        var health = get(managementPort, "/actuator/health");
        assertThat(health.statusCode()).as("everything, mail included").isEqualTo(503);
        assertThat(health.body()).contains("\"mail\":{\"status\":\"DOWN\"}", "\"databaseWrites\":{\"status\":\"UP\"}")
                .as("no versions, hosts or paths for whoever reaches the port").doesNotContain("details", "PostgreSQL", "127.0.0.1");
    }

    @Test
    void offersPrometheusMetricsOfRequestsThePageCacheTheOutboxSignInsAndTheScheduler() throws Exception {
        get(port, "/");
        get(port, "/");
        staff.forgetFailedSignIns();
        new HttpUser(port).signIn("nobody@test.example", "not the password");

        var metrics = get(managementPort, "/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("http_server_requests_seconds_count{")
                .containsPattern("cache_gets_total\\{cache=\"pages\".*result=\"hit\"")
                .contains("newsroom_mail_outbox_pending ")
                .contains("newsroom_mail_outbox_failed ")
                .containsPattern("newsroom_sign_in_failures_total [1-9]")
                .contains("newsroom_scheduler_lag_seconds ");
    }

    @Test
    void keepsActuatorOffThePublicPort() throws Exception {
        assertThat(get(port, "/actuator/health").statusCode()).isEqualTo(404);
        assertThat(get(port, "/actuator/prometheus").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(int at, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + at + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
