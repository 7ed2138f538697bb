package dev.mnistexplorer;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test that starts the DJL engine (loads libtorch), directly or through a ModelService, the
 * app or the CLI. These are the slow ones: {@code mvn test -DexcludedGroups=djl} runs everything
 * else in seconds, while CI and {@code mvn verify} still run all of them.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("djl")
public @interface DjlTest {}
