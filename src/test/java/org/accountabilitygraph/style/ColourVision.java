package org.accountabilitygraph.style;

/**
 * How a colour looks to readers with each kind of dichromacy, after Machado, Oliveira and Fernandes (2009), severity
 * 1, applied to linear RGB; and how far apart two colours look (CIE 1976 ΔE in L*a*b*, where about 2 is just
 * noticeable and 10 is plainly different at a glance).
 */
enum ColourVision {

	NORMAL(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}),
	PROTANOPIA(new double[][] {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
			{-0.003882, -0.048116, 1.051998}}),
	DEUTERANOPIA(new double[][] {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
			{-0.011820, 0.042940, 0.968881}}),
	TRITANOPIA(new double[][] {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602},
			{0.004733, 0.691367, 0.303900}});

	private final double[][] matrix;

	ColourVision(double[][] matrix) {
		this.matrix = matrix;
	}

	/** ΔE between two {@code #rrggbb} colours as this reader sees them. */
	static double difference(String a, String b, ColourVision vision) {
		var x = vision.lab(a);
		var y = vision.lab(b);
		return Math.sqrt(Math.pow(x[0] - y[0], 2) + Math.pow(x[1] - y[1], 2) + Math.pow(x[2] - y[2], 2));
	}

	private double[] lab(String hex) {
		double[] linear = new double[3];
		for (int i = 0; i < 3; i++) {
			double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
			linear[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
		}
		double[] seen = new double[3];
		for (int i = 0; i < 3; i++) {
			seen[i] = Math.min(1, Math.max(0, matrix[i][0] * linear[0] + matrix[i][1] * linear[1] + matrix[i][2] * linear[2]));
		}
		double x = (0.4124 * seen[0] + 0.3576 * seen[1] + 0.1805 * seen[2]) / 0.95047;
		double y = 0.2126 * seen[0] + 0.7152 * seen[1] + 0.0722 * seen[2];
		double z = (0.0193 * seen[0] + 0.1192 * seen[1] + 0.9505 * seen[2]) / 1.08883;
		return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
	}

	private static double f(double t) {
		return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
	}
}
