package org.accountabilitygraph.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.accountabilitygraph.ApplicationOnLoadedGraph;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/** The Spring Data Neo4j entities map the curated nodes, and the repositories find them. */
class RepositoriesIT extends ApplicationOnLoadedGraph {

	@Autowired
	PersonRepository people;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	ArticleRepository articles;

	@Autowired
	StatementRepository statements;

	@Autowired
	EventRepository events;

	@Autowired
	InspectionRepository inspections;

	@Test
	void peopleAndOrganisationsById() {
		assertThat(people.findById("zoe-billingham")).hasValueSatisfying(p -> {
			assertThat(p.name()).isEqualTo("Zoe Billingham");
			assertThat(p.aliases()).contains("Mrs Bellingham");
		});
		assertThat(people.findByNameIgnoreCase("norman lamb")).extracting(Person::id).containsExactly("norman-lamb");
		assertThat(people.findById("former-nsft-consultant-60032d35"))
			.hasValueSatisfying(p -> assertThat(p.anonymous()).isTrue());
		assertThat(organisations.findById("nsft"))
			.hasValueSatisfying(o -> assertThat(o.name()).isEqualTo("Norfolk and Suffolk NHS Foundation Trust"));
		assertThat(people.findById("nsft")).as("an organisation is not a person").isEmpty();
	}

	@Test
	void articlesStatementsEventsAndInspections(Driver driver) {
		assertThat(articles.findAll()).hasSize(5).allSatisfy(a -> assertThat(a.datePrecision()).isNotNull());
		assertThat(articles.findByPublisher("ITV Anglia")).extracting(Article::id).containsExactly("article-e3fac681");
		assertThat(statements.count())
			.isEqualTo(driver.executableQuery("MATCH (s:Statement) RETURN count(s)").execute().records().get(0).get(0).asLong());
		assertThat(statements.findByKind("reported")).isNotEmpty().allSatisfy(s -> assertThat(s.text()).isNotBlank());
		assertThat(events.findByKind("death")).extracting(Event::id).containsExactly("death-peggy-copeman");
		assertThat(inspections.findByStatus("planned")).extracting(Inspection::id).containsExactly("cqc-inspection-nsft-2022");
	}
}
