package org.painpath.core.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.introspect.VisibilityChecker;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The settings that make painpath's JSON, expressed per painpath type instead of as mapper features,
 * so that they hold in a host's mapper ({@link PainpathModule}) and leave the host's own types alone.
 * Each answer applies only to a class, or a member of a class, in an {@code org.painpath} package.
 */
final class PainpathAnnotations extends NopAnnotationIntrospector {

  private static final long serialVersionUID = 1L;

  @Override
  public VisibilityChecker<?> findAutoDetectVisibility(AnnotatedClass ac, VisibilityChecker<?> checker) {
    // derived isX() getters (olderAdult, zero) are answers, not state: never properties
    return PainpathTypes.isPainpath(ac.getRawType()) ? checker.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE) : checker;
  }

  @Override
  public JsonFormat.@Nullable Value findFormat(Annotated annotated) {
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
  public @Nullable Object findSerializer(Annotated annotated) {
    JavaType type = painpathMemberType(annotated);
    return type != null && type.hasRawClass(BigDecimal.class) ? PlainDecimalSerializer.INSTANCE : null;
  }

  @Override
  public @Nullable Object findContentSerializer(Annotated annotated) {
    JavaType type = painpathMemberType(annotated);
    return type != null && contentIsDecimal(type) ? PlainDecimalSerializer.INSTANCE : null;
  }

  @Override
  public @Nullable Object findDeserializer(Annotated annotated) {
    JavaType type = painpathMemberType(annotated);
    return type != null && type.hasRawClass(BigDecimal.class) ? BoundedDecimalDeserializer.class : null;
  }

  @Override
  public @Nullable Object findContentDeserializer(Annotated annotated) {
    JavaType type = painpathMemberType(annotated);
    return type != null && contentIsDecimal(type) ? BoundedDecimalDeserializer.class : null;
  }

  /** The declared type of a property, parameter or value accessor of a painpath class; null otherwise. */
  private static @Nullable JavaType painpathMemberType(Annotated annotated) {
    if (annotated instanceof AnnotatedMember member && PainpathTypes.isPainpath(member.getDeclaringClass())) {
      return member.getType();
    }
    return null;
  }

  /** A date or time, or an optional, list or map of them. */
  private static boolean holdsPointInTime(JavaType type) {
    for (JavaType t = type; t != null; t = t.getContentType()) {
      if (PainpathTypes.isPointInTime(t.getRawClass())) {
        return true;
      }
    }
    return false;
  }

  /** An optional, list or map whose values are decimals. */
  private static boolean contentIsDecimal(JavaType type) {
    JavaType content = type.getContentType();
    return content != null && content.hasRawClass(BigDecimal.class);
  }
}
