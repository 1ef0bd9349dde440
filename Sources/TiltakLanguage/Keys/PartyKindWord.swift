/// What kind of body a party is, as documents name it.
public enum PartyKindWord: Phrase, Hashable, CaseIterable {
    case municipality, municipalityGroup, regionalCouncil, county, state, company, organisation, committee
    case project
}
