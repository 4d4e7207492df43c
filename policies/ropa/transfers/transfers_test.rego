package ropa.transfers_test

import data.ropa.test as fixture
import data.ropa.transfers

# Dignio AS is established in Norway: an exporter in an EEA EFTA state.
clean := fixture.clean

# The same register for an organisation established in Sweden (an EU state).
swedish := fixture.changed("/register/organisation/country", "SE")

test_adequacy_by_decision if {
	transfers.adequacy("EEA", "GB", {}) with input as clean
	transfers.adequacy("EEA", "CH", {}) with input as clean
	transfers.adequacy("UK", "SE", {}) with input as clean
	transfers.adequacy("UK", "NO", {}) with input as clean
	transfers.adequacy("UK", "KR", {"adequacy_scope": ["kr-pipa"]}) with input as clean
	transfers.adequacy("UK", "GI", {}) with input as clean
}

test_adequacy_not_without_decision if {
	not transfers.adequacy("EEA", "IN", {}) with input as clean
	not transfers.adequacy("EEA", "CN", {}) with input as clean
	not transfers.adequacy("UK", "IN", {}) with input as clean
	not transfers.adequacy("CH", "CH", {}) with input as clean
}

test_adequacy_us_needs_dpf_certification if {
	not transfers.adequacy("EEA", "US", {}) with input as clean
	not transfers.adequacy("EEA", "US", {"dpf": {"certified": false}}) with input as clean
	not transfers.adequacy("EEA", "US", {"dpf": {"certified": "yes"}}) with input as clean
	not transfers.adequacy("EEA", "US", {"adequacy_scope": ["dpf"]}) with input as clean
	transfers.adequacy("EEA", "US", {"dpf": {"certified": true}}) with input as clean
}

test_adequacy_uk_us_needs_the_uk_extension if {
	not transfers.adequacy("UK", "US", {"dpf": {"certified": true}}) with input as clean
	not transfers.adequacy("UK", "US", {"dpf": {"certified": true, "uk_extension": false}}) with input as clean
	not transfers.adequacy("UK", "US", {"dpf": {"certified": false, "uk_extension": true}}) with input as clean
	transfers.adequacy("UK", "US", {"dpf": {"certified": true, "uk_extension": true}}) with input as clean
}

# Partial decisions cover only the recipients they name (Canada: PIPEDA; Japan: APPI private sector).
test_partial_adequacy_needs_the_recipients_sector if {
	not transfers.adequacy("EEA", "CA", {}) with input as clean
	transfers.adequacy("EEA", "CA", {"adequacy_scope": ["ca-pipeda"]}) with input as clean
	not transfers.adequacy("EEA", "JP", {"adequacy_scope": ["ca-pipeda"]}) with input as clean
	transfers.adequacy("EEA", "JP", {"adequacy_scope": ["jp-appi"]}) with input as clean
	not transfers.adequacy("EEA", "IL", {}) with input as clean
	not transfers.adequacy("UK", "KR", {}) with input as clean
}

# Brazil's EU decision applies in the EU, not yet in Norway (not incorporated into the EEA Agreement).
test_brazil_applies_to_an_eu_exporter_not_yet_to_a_norwegian_one if {
	not transfers.adequacy("EEA", "BR", {}) with input as clean
	transfers.adequacy("EEA", "BR", {}) with input as swedish
}

# A decision applies from its date and until it expires.
test_adequacy_only_while_in_force if {
	not transfers.adequacy("EEA", "BR", {}) with input as object.union(swedish, {"today": "2026-01-01"})
	not transfers.adequacy("EEA", "GB", {}) with input as object.union(clean, {"today": "2032-01-01"})
}

# UK customers' data that Dignio (Norway) sends abroad is both an EU and a UK transfer.
test_exporter_regimes_of_a_uk_segment_include_the_organisations if {
	regimes := transfers.exporter_regimes({"role": "processor", "customer_segments": ["uk-nhs"]}) with input as clean
	regimes == {"EEA", "UK"}
	transfers.exporter_regimes({"role": "controller"}) == {"EEA"} with input as clean
}

dest(country) := {"kind": "processing", "place": "x", "location": "x", "country": country}

test_scc_module_fits_the_roles if {
	transfers.fits("EEA", "processor", {"mechanism": "scc-2021-914-module-3"}, {}, dest("IN"))
	not transfers.fits("EEA", "processor", {"mechanism": "scc-2021-914-module-1"}, {}, dest("IN"))
	not transfers.fits("EEA", "processor", {"mechanism": "scc-2021-914-module-2"}, {}, dest("IN"))
	transfers.fits("EEA", "controller", {"mechanism": "scc-2021-914-module-2"}, {}, dest("IN"))
	not transfers.fits("EEA", "controller", {"mechanism": "scc-2021-914-module-4"}, {}, dest("IN"))
}

test_uk_addendum_only_with_eu_sccs if {
	addendum := {"mechanism": "uk-addendum", "country": "IN"}
	not transfers.fits("UK", "processor", addendum, {"transfer_mechanisms": [addendum]}, dest("IN"))
	with_sccs := {"transfer_mechanisms": [addendum, {"mechanism": "scc-2021-914-module-3", "country": "IN"}]}
	transfers.fits("UK", "processor", addendum, with_sccs, dest("IN"))
	transfers.fits("UK", "processor", {"mechanism": "uk-idta"}, {}, dest("IN"))
}

test_bcr_per_regime if {
	transfers.fits("EEA", "processor", {"mechanism": "bcr-eu"}, {}, dest("IN"))
	not transfers.fits("UK", "processor", {"mechanism": "bcr-eu"}, {}, dest("IN"))
	transfers.fits("UK", "processor", {"mechanism": "bcr-uk"}, {}, dest("IN"))
	not transfers.fits("EEA", "processor", {"mechanism": "bcr"}, {}, dest("IN"))
}

test_art49_named_and_occasional if {
	named := {"mechanism": "art49", "derogation": "49(1)(c)", "occasional": true}
	transfers.fits("EEA", "processor", named, {}, dest("IN"))
	not transfers.fits("EEA", "processor", {"mechanism": "art49", "occasional": true}, {}, dest("IN"))
	not transfers.fits("EEA", "processor", {"mechanism": "art49", "derogation": "49(1)(c)"}, {}, dest("IN"))
}

assessed(date, outcome) := {"tia": {"assessed_on": date, "outcome": outcome}}

test_tia_status if {
	transfers.tia_status({}) == "missing" with input as clean
	transfers.tia_status(assessed("2026-06-01", "insufficient")) == "negative" with input as clean
	transfers.tia_status(assessed("2025-06-01", "no-impediment")) == "stale" with input as clean
	transfers.tia_status(assessed("2027-06-01", "no-impediment")) == "stale" with input as clean
	transfers.tia_status(assessed("2026-06-01", "no-impediment")) == "current" with input as clean
}

# A fix names what fits the country and roles: no DPF outside the US, one SCC module.
test_fitting_hints if {
	eea_processor := ["art49", "bcr-eu", "scc-2021-914-module-3"]
	transfers.fitting("EEA", "processor", "IN") == eea_processor with input as clean
	transfers.fitting("EEA", "controller", "US") == ["art49", "bcr-eu", "dpf", "scc-2021-914-module-2"] with input as clean
	uk_us := ["art49", "bcr-uk", "dpf_uk_extension", "uk-addendum", "uk-idta"]
	transfers.fitting("UK", "processor", "US") == uk_us with input as clean
	transfers.fitting("EEA", "processor", "CA") == sort(array.concat(eea_processor, ["ca-pipeda"])) with input as clean
}

# Dignio's register: the London location is a transfer of EEA data (Dignio is in Norway), covered
# by the UK adequacy decision; nothing else leaves its regime's area.
test_view_of_the_clean_register if {
	flows := transfers.view with input as clean
	{[f.country, f.place] | some f in flows; f.regime == "EEA"} == {["GB", "aws-london"]}
	every f in flows {
		f.covered
		f.mechanisms[0].mechanism == "adequacy"
	}
}
