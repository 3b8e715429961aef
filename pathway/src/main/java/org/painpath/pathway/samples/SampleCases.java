package org.painpath.pathway.samples;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.painpath.core.json.PainpathJson;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.pathway.log.CaseLog;
import org.apiguardian.api.API;

/**
 * The embedded sample cases (resources {@code org/painpath/pathway/samples/*.json}), one per teaching
 * point of the pathway: statin myalgia; an older patient with reduced kidney function on a
 * gabapentinoid; depression with catastrophizing; two failed adequate trials ending in a
 * multidisciplinary referral. The command line demo and the lifecycle scenario test read the same
 * files. Each file is a plain case log, so {@code painpath plan} reads it as any other case.
 */
@API(status = EXPERIMENTAL)
public final class SampleCases {

  private static final String FOLDER = "/org/painpath/pathway/samples/";

  private SampleCases() {}

  /** The index entry of one sample: its name (also its file name), title and as-of date. */
  record Entry(String name, String title, LocalDate asOf) {}

  /**
   * The samples' names, in index order.
   *
   * @return the names
   */
  public static List<String> names() {
    return index().stream().map(Entry::name).toList();
  }

  /**
   * Every sample, read and checked.
   *
   * @return the samples
   */
  public static List<SampleCase> all() {
    return index().stream().map(SampleCases::load).toList();
  }

  /**
   * The sample of this name, or an {@link InvalidInputException} listing the names.
   *
   * @param name the sample's name
   * @return the sample
   * @throws org.painpath.core.problem.InvalidInputException naming {@code sample} when unknown
   */
  public static SampleCase get(String name) {
    return index().stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .map(SampleCases::load)
        .orElseThrow(
            () -> InvalidInputException.of("sample", "unknown-sample", "\"" + name + "\" is not a sample; known: " + names()));
  }

  /**
   * The stored JSON of a sample, as {@code painpath plan} would read it from a file.
   *
   * @param name the sample's name
   * @return the stored case log JSON
   */
  public static String json(String name) {
    return read(FOLDER + name + ".json");
  }

  private static SampleCase load(Entry entry) {
    return new SampleCase(entry.name(), entry.title(), entry.asOf(), CaseLog.read(json(entry.name())));
  }

  private static List<Entry> index() {
    return PainpathJson.read(read(FOLDER + "index.json"), new TypeReference<List<Entry>>() {});
  }

  private static String read(String resource) {
    try (InputStream in = SampleCases.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource " + resource + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
