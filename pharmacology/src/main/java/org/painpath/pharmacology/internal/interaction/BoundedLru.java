package org.painpath.pharmacology.internal.interaction;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A memo that keeps the most recently used entries, at most {@code capacity} in all: once full, each
 * new entry evicts the least recently used one of its stripe (so it keeps caching what is met now,
 * rather than freezing on what was met first). Thread-safe: the keys are spread over stripes by hash,
 * each an access-ordered {@link LinkedHashMap} behind its own lock, so server threads asking about
 * different medications rarely wait for each other. The value is computed outside the lock; two
 * threads meeting the same new key may both compute it (the memo holds pure functions, so either
 * answer is the answer).
 */
final class BoundedLru<K, V> {

  private final Stripe<K, V>[] stripes;

  /** At most {@code capacity} entries over {@code stripes} stripes (a power of two). */
  @SuppressWarnings("unchecked")
  BoundedLru(int capacity, int stripes) {
    if (capacity < stripes || Integer.bitCount(stripes) != 1) {
      throw new IllegalArgumentException("capacity " + capacity + " over " + stripes + " stripes");
    }
    this.stripes = new Stripe[stripes];
    for (int i = 0; i < stripes; i++) {
      this.stripes[i] = new Stripe<>(capacity / stripes);
    }
  }

  /** The remembered value, or {@code compute}'s, remembered now. */
  V get(K key, Function<K, V> compute) {
    Stripe<K, V> stripe = stripeOf(key);
    V known;
    synchronized (stripe) { // an access-ordered get moves the entry: a write
      known = stripe.get(key);
    }
    if (known != null) {
      return known;
    }
    V found = compute.apply(key);
    synchronized (stripe) {
      stripe.putIfAbsent(key, found);
    }
    return found;
  }

  /** How many entries are remembered now (for tests). */
  int size() {
    int size = 0;
    for (Stripe<K, V> s : stripes) {
      synchronized (s) {
        size += s.size();
      }
    }
    return size;
  }

  /** Whether {@code key} is remembered, without counting as a use (for tests). */
  boolean remembers(K key) {
    Stripe<K, V> stripe = stripeOf(key);
    synchronized (stripe) {
      return stripe.containsKey(key);
    }
  }

  private Stripe<K, V> stripeOf(K key) {
    int h = key.hashCode();
    h ^= h >>> 16; // spread the high bits, as HashMap does
    return stripes[h & (stripes.length - 1)];
  }

  /** One access-ordered map that drops its eldest entry beyond its share of the capacity. */
  private static final class Stripe<K, V> extends LinkedHashMap<K, V> {
    private static final long serialVersionUID = 1L;
    private final int capacity;

    Stripe(int capacity) {
      super(16, 0.75f, true);
      this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
      return size() > capacity;
    }
  }
}
