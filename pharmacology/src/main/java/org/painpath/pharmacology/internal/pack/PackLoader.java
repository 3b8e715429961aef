package org.painpath.pharmacology.internal.pack;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.painpath.core.citation.SourceCatalogue;
import org.painpath.core.json.PainpathJson;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;

/**
 * Reads a knowledge pack and refuses it, with every problem listed, unless it passes the load-time
 * checks: every number cited by known sources ({@link CitationAudit}), the document binds to the pack
 * types, and the dosing is internally consistent ({@link PackChecks}).
 *
 * <p>The bundled pack is split into files under {@code /org/painpath/pharmacology/}: {@code
 * pack.json} (versions and the list of files), one file per drug under {@code drugs/}, {@code
 * co-medications.json}, {@code interactions.json} and {@code identities.json} (the medication identity table). They are assembled into one document
 * ({@link #bundledDocument()}) before the checks run.
 */
public final class PackLoader {

  static final String ROOT = "/org/painpath/pharmacology/";

  private PackLoader() {}

  /**
   * The bundled pack, checked. Fails with every problem when the bundled pack is broken.
   *
   * <p>On a cold JVM most of the time goes to Jackson building its deserializers for the pack types
   * (reflection over some forty classes, issue 14). They are built on a second thread while this one
   * reads the files and audits the citations: the same work and every check, less time to the first
   * answer when a second core is free.
   */
  public static PackDocument bundled() {
    FutureTask<ObjectReader> reader = new FutureTask<>(PackLoader::packReader);
    Thread binder = new Thread(reader, "painpath-pack-deserializers");
    binder.setDaemon(true);
    binder.start();
    return read(bundledDocument(), () -> prepared(reader));
  }

  /** The reader prepared on the second thread; should it have failed, a fresh one (binding then says why). */
  private static ObjectReader prepared(FutureTask<ObjectReader> reader) {
    try {
      return reader.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return packReader();
    } catch (ExecutionException e) {
      return packReader();
    }
  }

  /** Painpath's reader for the pack type: preparing it builds the deserializers of every pack type. */
  private static ObjectReader packReader() {
    return PainpathJson.reader().forType(PackDocument.class);
  }

  /** The bundled pack assembled into one JSON document, unchecked (for tools and tests). */
  public static ObjectNode bundledDocument() {
    JsonNode manifest = resource("pack.json");
    ObjectNode document = JsonNodeFactory.instance.objectNode();
    document.set("schemaVersion", manifest.path("schemaVersion"));
    document.set("packVersion", manifest.path("packVersion"));
    ArrayNode drugs = document.putArray("drugs");
    for (JsonNode file : manifest.path("drugFiles")) {
      drugs.add(resource("drugs/" + file.asText()));
    }
    document.set("coMedications", resource(manifest.path("coMedicationsFile").asText()));
    document.set("interactions", resource(manifest.path("interactionsFile").asText()));
    // a pack without an identity table (written before it existed) has no brands
    document.set(
        "identities", manifest.has("identitiesFile") ? resource(manifest.path("identitiesFile").asText()) : JsonNodeFactory.instance.arrayNode());
    document.set("cnsBurden", manifest.path("cnsBurden"));
    return document;
  }

  /** Checks and binds a pack document; an {@link InvalidInputException} lists all of its problems. */
  public static PackDocument read(JsonNode document) {
    return read(document, PackLoader::packReader);
  }

  private static PackDocument read(JsonNode document, Supplier<ObjectReader> reader) {
    Problems.Collector problems = Problems.collector();
    problems.addAll(CitationAudit.audit(document, SourceCatalogue.bundled()));
    PackDocument pack;
    try {
      pack = bind(CitationAudit.withPlaceholders(document), reader);
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
      throw new InvalidInputException(problems.problems());
    }
    problems.addAll(PackChecks.check(pack));
    problems.throwIfAny();
    return pack;
  }

  /** Binds the tree directly; only a document that fails is re-read as text to name every bad field. */
  private static PackDocument bind(JsonNode document, Supplier<ObjectReader> reader) {
    try {
      return reader.get().treeToValue(document, PackDocument.class);
    } catch (JacksonException | IllegalArgumentException e) {
      return PainpathJson.read(PainpathJson.write(document), PackDocument.class);
    }
  }

  private static JsonNode resource(String name) {
    String path = ROOT + name;
    try (InputStream in = PackLoader.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("bundled pack file " + path + " is missing from the jar");
      }
      return PainpathJson.reader().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
