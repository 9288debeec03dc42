package org.accountabilitygraph.api;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.accountabilitygraph.query.KnowledgeGraph;
import org.accountabilitygraph.query.QueryTimeoutException;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** How {@link ApiErrors} answers what a real graph rarely does: a query the database stopped or refused. */
class ApiErrorsTests {

	@Test
	void aQueryStoppedForTakingTooLongIsA503ProblemNotA500() throws Exception {
		var graph = mock(KnowledgeGraph.class);
		when(graph.neighbourhood(anyString(), anyInt()))
			.thenThrow(new QueryTimeoutException("q9-neighbourhood", Duration.ofSeconds(5), null));
		MockMvc mvc = MockMvcBuilders.standaloneSetup(new GraphApiController(graph)).setControllerAdvice(new ApiErrors())
			.build();
		mvc.perform(get("/api/entities/nsft/neighbourhood?depth=4"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.title").value("Query took too long"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("took too long")));
	}

	@Test
	void aQueryTheBusyDatabaseRefusesIsA503WithRetryAfterNotA500() throws Exception {
		// what the national REST run met with 50 clients: every transaction's memory taken
		var graph = mock(KnowledgeGraph.class);
		when(graph.timeline(anyString(), isNull(), isNull())).thenThrow(new TransientException("Neo.TransientError.General.MemoryPoolOutOfMemoryError",
				"The allocation of an extra 3.4 MiB would use more than the limit 4.1 GiB."));
		MockMvc mvc = MockMvcBuilders.standaloneSetup(new GraphApiController(graph)).setControllerAdvice(new ApiErrors())
			.build();
		mvc.perform(get("/api/entities/nsft/timeline"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.title").value("Database busy"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("too busy")));
	}
}
