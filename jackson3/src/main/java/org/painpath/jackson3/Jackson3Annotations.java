package org.painpath.jackson3;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.painpath.core.json.PainpathTypes;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;
import tools.jackson.databind.introspect.VisibilityChecker;

/**
 * The Jackson 3 reading of painpath's types: the Jackson 2 databind annotations they carry, and the
 * settings that make painpath's JSON (those of {@code org.painpath.core.json.PainpathModule}),
 * applied only to classes, and members of classes, in an {@code org.painpath} package.
 */
final class Jackson3Annotations extends NopAnnotationIntrospector {

  private static final long serialVersionUID = 1L;

  @Override
  public VisibilityChecker findAutoDetectVisibility(MapperConfig<?> config, AnnotatedClass ac, VisibilityChecker checker) {
    // derived isX() getters (olderAdult, zero) are answers, not state: never properties
    return PainpathTypes.isPainpath(ac.getRawType()) ? checker.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE) : checker;
  }

  /** Declaration order, as Jackson 2 writes it; Jackson 3 sorts alphabetically by default. */
  @Override
  public @Nullable Boolean findSerializationSortAlphabetically(MapperConfig<?> config, Annotated annotated) {
    return annotated instanceof AnnotatedClass ac && PainpathTypes.isPainpath(ac.getRawType()) ? Boolean.FALSE : null;
  }

  /** {@code @JsonSerialize(as = ImmutableX.class)} (Jackson 2's annotation): write as the generated class. */
  @Override
  public JavaType refineSerializationType(MapperConfig<?> config, Annotated annotated, JavaType baseType) {
    JsonSerialize ann = painpathAnnotation(annotated, JsonSerialize.class);
    return ann == null ? baseType : refined(config, baseType, ann.as());
  }

  /** {@code @JsonDeserialize(as = ImmutableX.class)} (Jackson 2's annotation): read as the generated class. */
  @Override
  public JavaType refineDeserializationType(MapperConfig<?> config, Annotated annotated, JavaType baseType) {
    JsonDeserialize ann = painpathAnnotation(annotated, JsonDeserialize.class);
    return ann == null ? baseType : refined(config, baseType, ann.as());
  }

  @Override
  public JsonFormat.@Nullable Value findFormat(MapperConfig<?> config, Annotated annotated) {
    JavaType type = painpathMemberType(annotated);
    if (type == null) {
      return null;
    }
    JsonFormat.Value format = JsonFormat.Value.empty();
    if (holdsPointInTime(type)) {
      format = format.withShape(JsonFormat.Shape.STRING);
    }
    if (type.isMapLikeType()) {
      format = format.withFeature(JsonFormat.Feature.WRITE_SORTED_MAP_ENTRIES);
    }
    return format.equals(JsonFormat.Value.empty()) ? null : format;
  }

  @Override
  public @Nullable Object findSerializer(MapperConfig<?> config, Annotated annotated) {
    JavaType type = painpathMemberType(annotated);
    return type != null && type.hasRawClass(BigDecimal.class) ? PlainDecimalSerializer.INSTANCE : null;
  }

  @Override
  public @Nullable Object findContentSerializer(MapperConfig<?> config, Annotated annotated) {
    JavaType type = painpathMemberType(annotated);
    return type != null && contentIsDecimal(type) ? PlainDecimalSerializer.INSTANCE : null;
  }

  @Override
  public @Nullable Object findDeserializer(MapperConfig<?> config, Annotated annotated) {
    JavaType type = painpathMemberType(annotated);
    return type != null && type.hasRawClass(BigDecimal.class) ? BoundedDecimalDeserializer.INSTANCE : null;
  }

  @Override
  public @Nullable Object findContentDeserializer(MapperConfig<?> config, Annotated annotated) {
    JavaType type = painpathMemberType(annotated);
    return type != null && contentIsDecimal(type) ? BoundedDecimalDeserializer.INSTANCE : null;
  }

  private static <A extends java.lang.annotation.Annotation> @Nullable A painpathAnnotation(Annotated annotated, Class<A> kind) {
    return annotated instanceof AnnotatedClass ac && PainpathTypes.isPainpath(ac.getRawType()) ? annotated.getAnnotation(kind) : null;
  }

  /** The declared type narrowed (or widened) to {@code as}, as Jackson 2 does for {@code as}. */
  private static JavaType refined(MapperConfig<?> config, JavaType baseType, Class<?> as) {
    if (as == Void.class || baseType.hasRawClass(as)) {
      return baseType;
    }
    if (baseType.getRawClass().isAssignableFrom(as)) {
      return config.getTypeFactory().constructSpecializedType(baseType, as);
    }
    if (as.isAssignableFrom(baseType.getRawClass())) {
      return config.getTypeFactory().constructGeneralizedType(baseType, as);
    }
    return baseType;
  }

  /** The declared type of a property, parameter or value accessor of a painpath class; null otherwise. */
  private static @Nullable JavaType painpathMemberType(Annotated annotated) {
    if (annotated instanceof AnnotatedMember member && PainpathTypes.isPainpath(member.getDeclaringClass())) {
      return member.getType();
    }
    return null;
  }

  private static boolean holdsPointInTime(JavaType type) {
    for (JavaType t = type; t != null; t = t.getContentType()) {
      if (PainpathTypes.isPointInTime(t.getRawClass())) {
        return true;
      }
    }
    return false;
  }

  private static boolean contentIsDecimal(JavaType type) {
    JavaType content = type.getContentType();
    return content != null && content.hasRawClass(BigDecimal.class);
  }
}
