package com.teezu.profiles.realtime;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/** Redis is optional: when it is configured but unreachable the node still works, alone: DEGRADED, not DOWN. */
@Component("redis")
class RedisHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Redis unreachable: realtime events reach this node's sockets only");

    private final RealtimeBus bus;

    RedisHealth(RealtimeBus bus) {
        this.bus = bus;
    }

    @Override
    public Health health() {
        if (!bus.redisConfigured()) return Health.up().withDetail("mode", "single node").build();
        return bus.redisReachable() ? Health.up().build() : Health.status(DEGRADED).build();
    }
}
