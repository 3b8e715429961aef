package org.painpath.benchmarks.batch;

/**
 * What a batch run does: how many cases, on how many threads, from which seed, with regimens of how
 * many drugs (0: mixed 1-6), how many untimed warm-up cases first, and what to do with each case.
 */
public record BatchOptions(long cases, int threads, long seed, int drugs, long warmup, Work work) {

  public BatchOptions {
    if (cases < 0) {
      throw new IllegalArgumentException("--cases must be >= 0, was " + cases);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be >= 1, was " + threads);
    }
    if (drugs < 0 || drugs > CaseArbitraries.MAX_DRUGS) {
      throw new IllegalArgumentException("--drugs must be 0 (mixed) or 1-" + CaseArbitraries.MAX_DRUGS + ", was " + drugs);
    }
    if (warmup < 0) {
      throw new IllegalArgumentException("--warmup must be >= 0, was " + warmup);
    }
  }

  public static BatchOptions of(long cases, int threads, long seed) {
    return new BatchOptions(cases, threads, seed, 0, 0, Work.BOTH);
  }

  /** Parses {@code --cases N --threads T --seed S [--drugs K] [--warmup W] [--work generate|check|recommend|both]}. */
  public static BatchOptions parse(String... args) {
    long cases = 10_000;
    int threads = 1;
    long seed = 42;
    int drugs = 0;
    long warmup = 0;
    Work work = Work.BOTH;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--cases" -> cases = parseCount(arg, value(args, ++i, arg));
        case "--threads" -> threads = Math.toIntExact(parseCount(arg, value(args, ++i, arg)));
        case "--seed" -> seed = Long.parseLong(value(args, ++i, arg));
        case "--drugs" -> drugs = Math.toIntExact(parseCount(arg, value(args, ++i, arg)));
        case "--warmup" -> warmup = parseCount(arg, value(args, ++i, arg));
        case "--work" -> work = Work.parse(value(args, ++i, arg));
        default -> throw new IllegalArgumentException("unknown option " + arg + "; usage: " + usage());
      }
    }
    return new BatchOptions(cases, threads, seed, drugs, warmup, work);
  }

  public static String usage() {
    return "BatchRun --cases N --threads T --seed S [--drugs 1-6 (0 = mixed)] [--warmup W] [--work generate|check|recommend|both]";
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value; usage: " + usage());
    }
    return args[i];
  }

  /** A count, allowing {@code 1e6} and {@code 1_000_000}. */
  private static long parseCount(String option, String text) {
    try {
      String t = text.replace("_", "");
      return t.contains("e") || t.contains("E") ? new java.math.BigDecimal(t).longValueExact() : Long.parseLong(t);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException(option + " takes a whole number, was " + text, e);
    }
  }
}
