package org.painpath.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.painpath.core.problem.Problem;
import org.painpath.core.problem.Problems;

/**
 * A JSON Schema (draft 2020-12) of an input file, bundled under {@code schemas/} (and copied to
 * docs/schemas). Schema ids under {@value #ID_PREFIX} are resolved to the bundled files, so validation
 * never reaches the network. Every violation becomes a problem naming its JSON path.
 */
final class InputSchema {

  static final String ID_PREFIX = "https://painpath.org/schemas/";
  static final String RESOURCE_DIR = "org/painpath/examples/cli/schemas/";

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder
                  .schemaIdResolvers(ids -> ids.mapPrefix(ID_PREFIX, "classpath:" + RESOURCE_DIR))
                  .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  static final InputSchema CHECK = new InputSchema("check-input.schema.json");
  static final InputSchema PLAN = new InputSchema("plan-input.schema.json");
  static final InputSchema VALIDATE = new InputSchema("validate-input.schema.json");
  static final InputSchema EVALUATE = new InputSchema("evaluate-input.schema.json");
  static final InputSchema DECIDE = new InputSchema("decide-input.schema.json");

  private final String fileName;
  private final Schema schema;

  private InputSchema(String fileName) {
    this.fileName = fileName;
    this.schema = REGISTRY.getSchema(SchemaLocation.of(ID_PREFIX + fileName));
  }

  String fileName() {
    return fileName;
  }

  /** Every violation of the schema, each at the JSON path of the bad value; empty when valid. */
  Problems violations(JsonNode document) {
    List<Error> errors = schema.validate(document);
    return new Problems(errors.stream().map(InputSchema::asProblem).distinct().toList());
  }

  private static Problem asProblem(Error error) {
    String path = JsonPaths.of(error.getInstanceLocation());
    String property = error.getProperty();
    boolean namesAMember =
        property != null && ("required".equals(error.getKeyword()) || "additionalProperties".equals(error.getKeyword()));
    String field = namesAMember ? JsonPaths.member(path, property) : path;
    Object[] arguments = error.getArguments();
    if ("dependentRequired".equals(error.getKeyword()) && arguments != null && arguments.length > 0 && arguments[0] instanceof String missing) {
      field = JsonPaths.member(path, missing); // the member that must come with one present: named as a required one is
    }
    return new Problem(field, "schema-" + error.getKeyword(), error.getMessage());
  }
}
