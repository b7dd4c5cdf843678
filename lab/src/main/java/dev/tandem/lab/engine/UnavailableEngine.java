package dev.tandem.lab.engine;

import java.util.List;
import java.util.Optional;

/** An engine the lab knows but cannot run yet, with the reason it is skipped. */
public record UnavailableEngine(String id, String reason) implements Engine {

    @Override
    public Optional<String> unavailableReason() {
        return Optional.of(reason);
    }

    @Override
    public List<String> flags() {
        return List.of();
    }

    @Override
    public RunReport run(Plan plan) throws EngineException {
        throw new EngineException(id + " is not available: " + reason);
    }
}
