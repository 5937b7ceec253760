package org.safereturn.common.web;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * The longest string any JSON body may carry, enforced by the JSON reader for every field, so
 * that a field without a narrower @Size still has a bound the contract can state. The longest
 * legitimate one is a whole intake draft's form (200,000 characters in all).
 */
@Singleton
public class JsonLimits implements ObjectMapperCustomizer {
    public static final int MAX_STRING_CHARS = 200_000;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING_CHARS).build());
    }
}
