package org.painpath.examples.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of one painpath artifact as sorted text lines: every public type of an exported package (the
 * packages its {@code module-info} exports, or, without one, every package outside {@code internal}) with its kind,
 * supertypes and {@code @API} status, and each public or protected constructor, method and field with its full
 * generic signature. A line per element, so a change shows as a line added or removed in a reviewed diff.
 */
final class PublicApi {

  private PublicApi() {}

  /** The API of the artifact that holds {@code anchor} (any class of it). */
  static List<String> of(Class<?> anchor) {
    Path location = location(anchor);
    List<String> classNames = classNames(location);
    Optional<Set<String>> exported = exportedPackages(location);
    Set<String> lines = new TreeSet<>();
    for (String name : classNames) {
      String pkg = name.substring(0, name.lastIndexOf('.'));
      boolean api = exported.map(e -> e.contains(pkg)).orElse(!pkg.contains(".internal"));
      if (!api) {
        continue;
      }
      Class<?> type = load(name, anchor.getClassLoader());
      if (!isPublicApi(type)) {
        continue;
      }
      describe(type, lines);
    }
    return new ArrayList<>(lines);
  }

  private static boolean isPublicApi(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  private static void describe(Class<?> type, Set<String> lines) {
    String name = type.getTypeName();
    lines.add(name + " : " + kind(type) + supertypes(type) + status(type));
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (visible(c.getModifiers()) && !c.isSynthetic()) {
        lines.add(name + " # " + c.toGenericString());
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
        lines.add(name + " # " + m.toGenericString() + status(m));
      }
    }
    for (Field f : type.getDeclaredFields()) {
      if (visible(f.getModifiers()) && !f.isSynthetic()) {
        lines.add(name + " # " + f.toGenericString());
      }
    }
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String kind(Class<?> type) {
    String kind = type.isAnnotation() ? "@interface" : type.isInterface() ? "interface" : type.isEnum() ? "enum" : type.isRecord() ? "record" : "class";
    int m = type.getModifiers();
    StringBuilder s = new StringBuilder();
    if (type.isSealed()) {
      s.append("sealed ");
    }
    if (!type.isInterface() && !type.isEnum() && !type.isRecord() && Modifier.isAbstract(m)) {
      s.append("abstract ");
    }
    if (!type.isEnum() && !type.isRecord() && Modifier.isFinal(m)) {
      s.append("final ");
    }
    if (type.getEnclosingClass() != null && Modifier.isStatic(m) && !type.isInterface() && !type.isEnum() && !type.isRecord()) {
      s.append("static ");
    }
    return s.append(kind).toString();
  }

  private static String supertypes(Class<?> type) {
    List<String> supers = new ArrayList<>();
    if (type.getGenericSuperclass() != null && type.getSuperclass() != Object.class && !type.isEnum() && !type.isRecord()) {
      supers.add(type.getGenericSuperclass().getTypeName());
    }
    for (var i : type.getGenericInterfaces()) {
      supers.add(i.getTypeName());
    }
    if (type.isSealed()) {
      supers.add("permits " + Stream.of(type.getPermittedSubclasses()).map(Class::getTypeName).sorted().collect(Collectors.joining(", ")));
    }
    return supers.isEmpty() ? "" : " " + String.join(", ", supers);
  }

  /** The {@code @API} status, read by name so this works whether or not a module uses apiguardian yet. */
  private static String status(AnnotatedElement element) {
    return Stream.of(element.getDeclaredAnnotations())
        .filter(a -> a.annotationType().getName().equals("org.apiguardian.api.API"))
        .map(a -> {
          try {
            return " @API(" + a.annotationType().getMethod("status").invoke(a) + ")";
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
          }
        })
        .findFirst()
        .orElse("");
  }

  private static Path location(Class<?> anchor) {
    try {
      return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> classNames(Path location) {
    try {
      if (Files.isDirectory(location)) {
        try (Stream<Path> files = Files.walk(location)) {
          return files.map(location::relativize).map(Path::toString).filter(PublicApi::isClassFile).map(PublicApi::toClassName).sorted().collect(Collectors.toList());
        }
      }
      try (JarFile jar = new JarFile(location.toFile())) {
        return jar.stream().map(e -> e.getName()).filter(PublicApi::isClassFile).map(PublicApi::toClassName).sorted().collect(Collectors.toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isClassFile(String path) {
    return path.endsWith(".class") && !path.endsWith("module-info.class") && !path.endsWith("package-info.class") && !path.startsWith("META-INF");
  }

  private static String toClassName(String path) {
    return path.substring(0, path.length() - ".class".length()).replace('/', '.').replace('\\', '.');
  }

  private static Optional<Set<String>> exportedPackages(Path location) {
    try {
      if (Files.isDirectory(location)) {
        Path info = location.resolve("module-info.class");
        if (!Files.exists(info)) {
          return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(info)) {
          return Optional.of(exports(ModuleDescriptor.read(in)));
        }
      }
      try (JarFile jar = new JarFile(location.toFile())) {
        var entry = jar.getEntry("module-info.class");
        if (entry == null) {
          return Optional.empty();
        }
        try (InputStream in = jar.getInputStream(entry)) {
          return Optional.of(exports(ModuleDescriptor.read(in)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Unqualified exports only: a package exported to named modules alone is not API. */
  private static Set<String> exports(ModuleDescriptor descriptor) {
    return descriptor.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
  }

  private static Class<?> load(String name, ClassLoader loader) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("cannot load " + name, e);
    }
  }
}
