package org.accountabilitygraph.generate;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Picks rank k (0-based) of n with probability proportional to 1/(k+1)^s: a few ranks get most picks, as a
 * few speakers say most and a few trusts draw most criticism. The cumulative weights are kept, so a pick is
 * one binary search.
 */
final class Zipf {

	private final double[] cumulative;

	Zipf(int n, double exponent) {
		if (n < 1) {
			throw new IllegalArgumentException("a Zipf distribution needs at least one rank");
		}
		cumulative = new double[n];
		double total = 0;
		for (int k = 0; k < n; k++) {
			total += 1 / Math.pow(k + 1, exponent);
			cumulative[k] = total;
		}
	}

	int size() {
		return cumulative.length;
	}

	int sample(RandomGenerator random) {
		double u = random.nextDouble() * cumulative[cumulative.length - 1];
		int index = Arrays.binarySearch(cumulative, u);
		return Math.min(index >= 0 ? index : -index - 1, cumulative.length - 1);
	}
}
