package org.accountabilitygraph.web;

import java.io.IOException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error report as a problem detail instead of its HTML page. Tomcat renders it for the
 * errors it answers itself, before the application sees the request (an encoded slash or NUL in the
 * path, a request line too long) and for any error nothing else rendered. Public, with a public
 * constructor: Tomcat creates it from its class name ({@link ConnectorErrors}).
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	public ProblemErrorReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		// As Tomcat's own report: only for errors, only when nothing was written, only once.
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		try {
			response.setContentType(Problems.MEDIA_TYPE);
			response.setCharacterEncoding("UTF-8");
			var writer = response.getReporter();
			if (writer != null) {
				writer.write(Problems.json(status, detail(status, response.getMessage())));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response cannot be written: there is no one left to tell.
		}
	}

	private static String detail(int status, String message) {
		if (message != null && !message.isBlank()) {
			return message;
		}
		return status == 400 ? "The request is malformed: its request line, path (an encoded '/' or NUL, say) or headers"
				: "The server could not answer this request";
	}
}
