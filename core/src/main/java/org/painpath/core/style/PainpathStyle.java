package org.painpath.core.style;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.MissingValueException;
import org.apiguardian.api.API;

/**
 * The one Immutables style of painpath. Generated {@code Immutable*} classes stay package-private so
 * the abstract value type is the only public API; missing or null attributes surface as {@link
 * InvalidInputException} with the field named, never as a bare NPE or {@link IllegalStateException}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true),
    throwForInvalidImmutableState = InvalidInputException.class,
    throwForNullPointer = MissingValueException.class)
@API(status = INTERNAL)
public @interface PainpathStyle {}
