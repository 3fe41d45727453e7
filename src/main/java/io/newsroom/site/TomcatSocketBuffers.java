package io.newsroom.site;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Tomcat copies a response into a buffer of 8 KiB per connection before it writes to the socket, so
 * a page of 12 KiB left in two writes (two system calls, each a pass through the network stack).
 * With {@code newsroom.server.socket-write-buffer} (32 KiB) a page and its headers leave in one.
 * Connections are few behind a load balancer; each holds that much heap while open.
 */
@Component
class TomcatSocketBuffers implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final DataSize writeBuffer;

    TomcatSocketBuffers(@Value("${newsroom.server.socket-write-buffer:32KB}") DataSize writeBuffer) {
        this.writeBuffer = writeBuffer;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            if (!connector.setProperty("socket.appWriteBufSize", String.valueOf(writeBuffer.toBytes()))) {
                throw new IllegalStateException("Tomcat's connector took no socket write buffer size");
            }
        });
    }
}
