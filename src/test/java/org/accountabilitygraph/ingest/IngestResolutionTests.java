package org.accountabilitygraph.ingest;

import static org.accountabilitygraph.ingest.IngestFixture.analyse;
import static org.accountabilitygraph.ingest.IngestFixture.entity;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IngestResolutionTests {

	@Test
	void anExactNameOrAliasIsCertain() {
		var analysis = analyse("The RHT has closed a ward in Millbrook.", IngestFixture.RIVERSIDE, IngestFixture.MILLBROOK);
		var trust = entity(analysis, "RHT");
		assertThat(trust.id).isEqualTo("riverside-trust");
		assertThat(trust.confidence).isEqualTo(1.0);
		assertThat(entity(analysis, "Millbrook").id).isEqualTo("millbrook");
	}

	@Test
	void aMisspelledSurnameAfterAnHonorificIsTheNamedPersonWithADoubt() {
		var analysis = analyse("Helen Ashworth chairs the board.\n\nMrs Ashwerth said: 'We will meet the doctors next week.'", IngestFixture.HELEN);
		var helen = entity(analysis, "Helen Ashworth");
		assertThat(helen.id).isEqualTo("helen-ashworth");
		assertThat(helen.aliases).contains("Mrs Ashwerth");
		assertThat(analysis.table().notes).anyMatch(n -> n.contains("Mrs Ashwerth") && n.contains("Helen Ashworth"));
	}

	@Test
	void aSurnameWithAnHonorificResolvesToTheOnlyKnownPersonOfThatNameButNotCertainly() {
		var analysis = analyse("The board met on Monday.\n\nMrs Ashworth said: 'We will meet the doctors next week.'", IngestFixture.HELEN);
		var helen = entity(analysis, "Ashworth");
		assertThat(helen.id).isEqualTo("helen-ashworth");
		assertThat(helen.confidence).isLessThan(Resolver.CERTAIN);
	}

	@Test
	void aFullNameIsNotResolvedToAnotherPersonWithTheSameSurname() {
		var analysis = analyse("Peter Walker spoke at the meeting.\n\nMr Walker said: 'The rent has tripled.'", IngestFixture.TOM, IngestFixture.SARA);
		var peter = entity(analysis, "Peter Walker");
		assertThat(peter.known).isFalse();
		assertThat(peter.alternatives).contains("tom-walker");
	}

	@Test
	void aShortenedFirstNameResolvesWithADoubt() {
		var analysis = analyse("Millbrook MP Matt Oakes has written to the minister.", IngestFixture.MATTHEW, IngestFixture.MILLBROOK);
		var matt = entity(analysis, "Matt Oakes");
		assertThat(matt.id).isEqualTo("matthew-oakes");
		assertThat(matt.confidence).isLessThan(Resolver.CERTAIN).isGreaterThanOrEqualTo(Resolver.ACCEPT);
	}

	@Test
	void aMisspelledOrganisationResolvesWithItsConfidence() {
		var analysis = analyse("The Riverside Hospitals Trust has closed a ward.", IngestFixture.RIVERSIDE);
		var trust = entity(analysis, "Riverside Hospitals Trust");
		assertThat(trust.id).isEqualTo("riverside-trust");
		assertThat(trust.confidence).isLessThan(Resolver.CERTAIN);
	}

	@Test
	void anUnknownNameIsProposedAsNewWithASlug() {
		var analysis = analyse("Campaigner Zoë O'Neill has started a petition.");
		var zoe = entity(analysis, "Zoë O'Neill");
		assertThat(zoe.known).isFalse();
		assertThat(Resolver.slug(zoe.name)).isEqualTo("zoe-oneill");
	}

	@Test
	void anAcronymInBracketsIsAnAliasOfItsOrganisation() {
		var analysis = analyse("The Millbrook Water Board (MWB) raised its prices. The MWB said costs had risen.");
		var board = entity(analysis, "Millbrook Water Board");
		assertThat(board.aliases).contains("MWB");
		assertThat(analysis.table().entities).filteredOn(e -> e.name.equals("MWB")).isEmpty();
	}

	@Test
	void aPossessiveInsideAnInstitutionsNameAndTheSeatBeforeMp() {
		var analysis = analyse("An inquest at Suffolk Coroner's Court heard from Waveney MP Peter Aldous.");
		assertThat(entity(analysis, "Suffolk Coroner's Court").organisation()).isTrue();
		assertThat(entity(analysis, "Waveney").type).isEqualTo(Mention.Type.PLACE);
		assertThat(entity(analysis, "Peter Aldous").qualifier).isEqualTo("Waveney");
	}

	@Test
	void aBodyOfPeopleWithoutAnOrganisationWordIsNotAPerson() {
		var analysis = analyse("Mark Hill founded the group Norfolk Mental Health Watch in 2016.");
		assertThat(entity(analysis, "Norfolk Mental Health Watch").organisation()).isTrue();
		assertThat(entity(analysis, "Mark Hill").person()).isTrue();
	}
}
