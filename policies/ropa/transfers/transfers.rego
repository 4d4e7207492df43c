# METADATA
# title: The transfer model (GDPR and UK GDPR Chapter V)
# description: |
#   Every flow of an activity's data to a subprocessor, judged per regime whose law governs the
#   exporter: the organisation's own establishment (a processor's transfers are its own, Art. 44)
#   and, for a processor activity, each customer segment's jurisdiction. A flow is a transfer when
#   the importer is established, processes or gives access to the data in a country outside that
#   regime's area (EDPB Guidelines 05/2021). Each transfer needs one mechanism that fits: an
#   adequacy decision in force whose scope covers the recipient (and, for an exporter in an EEA
#   EFTA state, incorporated into the EEA Agreement), the Data Privacy Framework, SCCs of the
#   module that fits the two roles, the UK IDTA or the UK Addendum with those SCCs, BCRs approved
#   for that regime, or a named Art. 49 derogation for occasional transfers.
package ropa.transfers

import data.ropa.lib

eea := data.reference.eea.countries

decisions := {"EEA": data.reference.eu_adequacy.countries, "UK": data.reference.uk_adequacy.countries}

# Where data may go without a transfer: the EEA for EEA data, the UK for UK data.
inside("EEA", country) if eea[country]

inside("UK", "GB")

# The regimes governing the organisation's own transfers: those of its establishment.
own_regimes contains lib.regime(lib.organisation.country)

# The regimes governing the transfers of an activity's data: the organisation's own, and for a
# processor each served segment's (an organisation in Norway sending UK customers' data abroad makes
# both an EU and a UK transfer).
exporter_regimes(activity) := own_regimes | {r |
	activity.role == "processor"
	some s in object.get(activity, "customer_segments", [])
	r := lib.regime(lib.segments[s].jurisdiction)
}

# The SCC module for a transfer to a (sub)processor by a controller (module 2) or a processor (module 3).
scc_module := {"controller": "scc-2021-914-module-2", "processor": "scc-2021-914-module-3"}

# Mechanisms whose reliance needs a transfer impact assessment (Schrems II, C-311/18; SCC clause 14;
# EDPB Recommendations 01/2020; UK GDPR Art. 46(1A) data protection test).
needs_tia := {"scc-2021-914-module-2", "scc-2021-914-module-3", "uk-idta", "uk-addendum", "bcr-eu", "bcr-uk"}

# Where a subprocessor receives data, one place per country: its processing locations (placed by
# their cloud region), the places its staff access the data from, and its establishment. A
# transfer is to a country; the first place named in it is where a finding points.
destinations(sub) := [d |
	some i, d in places(sub)
	not named_before(places(sub), i, d.country)
]

named_before(list, i, country) if {
	some j, earlier in list
	j < i
	earlier.country == country
}

places(sub) := array.concat(
	array.concat(
		[d |
			some i, lid in object.get(sub, "processing_locations", [])
			d := {
				"kind": "processing", "place": lid, "country": country_of(lid),
				"path": ["processing_locations", i],
			}
		],
		[d |
			some i, a in object.get(sub, "access_locations", [])
			d := {
				"kind": "access", "place": object.get(a, "purpose", a.country), "country": a.country,
				"path": ["access_locations", i],
			}
		],
	),
	[{"kind": "establishment", "place": "country", "country": sub.country, "path": ["country"]}],
)

# The country of a storage location, from its cloud region where the reference data knows it.
country_of(lid) := where.country if [where, _] := lib.place(lib.locations[lid])

# Every transfer (a flow of data out of its regime's area): [activity id, subprocessor id, regime, role, destination].
flows contains [aid, sid, regime, activity.role, dest] if {
	some aid, activity in lib.activities
	some sid in lib.activity_subprocessors(activity)
	some regime in exporter_regimes(activity)
	some dest in destinations_of[sid]
	not inside(regime, dest.country)
}

# Each subprocessor's destinations, found once per evaluation: a function is evaluated again at every
# call, and flows asked for them per activity, subprocessor and regime (a third of flows' cost).
destinations_of[sid] := destinations(sub) if some sid, sub in lib.subprocessors

# The adequacy decision that covers data of `regime` going to `country` for the recipient `sub`:
# in force today, its condition (DPF, a partial decision's sector) met, and for an exporter in an
# EEA EFTA state incorporated into the EEA Agreement.
adequacy(regime, country, sub) := decision if {
	decision := decisions[regime][country]
	in_force(decision)
	condition_met(decision, sub)
	applies_to_exporter(regime, decision)
}

in_force(decision) if {
	object.get(decision, "in_force_from", "0000-00-00") <= input.today
	input.today <= object.get(decision, "expires_on", "9999-12-31")
}

condition_met(decision, _) if not decision.condition

condition_met(decision, sub) if {
	decision.condition == "dpf"
	sub.dpf.certified == true
}

condition_met(decision, sub) if {
	decision.condition == "dpf_uk_extension"
	sub.dpf.certified == true
	sub.dpf.uk_extension == true
}

# A partial decision's sector, as the recipient's record states it (never the DPF, which is checked above).
condition_met(decision, sub) if {
	not decision.condition in {"dpf", "dpf_uk_extension"}
	decision.condition in object.get(sub, "adequacy_scope", [])
}

# An exporter in Iceland, Liechtenstein or Norway relies on an EU decision only once it is part of
# the EEA Agreement; one whose incorporation is unverified counts, and is listed for re-check.
efta_exporter if eea[lib.organisation.country].eu == false

applies_to_exporter("UK", _)

applies_to_exporter("EEA", _) if not efta_exporter

applies_to_exporter("EEA", decision) if {
	efta_exporter
	decision.eea_incorporation.status in {"incorporated", "unverified"}
}

# The recorded mechanisms of `sub` that name the destination's country (directly, or by a location in it).
recorded(sub, dest) := [[i, m] |
	some i, m in object.get(sub, "transfer_mechanisms", [])
	names(m, dest)
]

names(m, dest) if country_of(m.location) == dest.country

names(m, dest) if m.country == dest.country

# Whether a recorded mechanism fits a transfer of `regime` data by an exporter acting as `role`.
fits("EEA", role, m, _, _) if m.mechanism == scc_module[role]

fits("EEA", _, m, _, _) if m.mechanism == "bcr-eu"

fits("UK", _, m, _, _) if m.mechanism in {"uk-idta", "bcr-uk"}

# The UK Addendum amends the EU SCCs; alone it is nothing.
fits("UK", role, m, sub, dest) if {
	m.mechanism == "uk-addendum"
	some [_, scc] in recorded(sub, dest)
	scc.mechanism == scc_module[role]
}

fits(_, _, m, _, _) if {
	m.mechanism == "art49"
	m.derogation
	m.occasional == true
}

# The mechanisms that cover a transfer, each as the view shows it.
mechanisms(regime, role, sub, dest) := array.concat(
	[a | a := adequacy_view(regime, dest.country, sub)],
	[v |
		some [i, m] in recorded(sub, dest)
		fits(regime, role, m, sub, dest)
		v := instrument_view(i, m)
	],
)

adequacy_view(regime, country, sub) := view if {
	d := adequacy(regime, country, sub)
	d.condition in {"dpf", "dpf_uk_extension"}
	view := {"mechanism": "dpf", "decision": d.decision, "verified_on": sub.dpf.verified_on, "stale": dpf_stale(sub)}
} else := view if {
	d := adequacy(regime, country, sub)
	view := {"mechanism": "adequacy", "decision": object.get(d, "decision", object.get(d, "basis", "")), "scope": d.scope}
}

instrument_view(i, m) := object.union(
	{"mechanism": m.mechanism, "index": i, "signed_on": object.get(m, "signed_on", "")},
	{"tia": tia_status(m) | m.mechanism in needs_tia},
)

# A DPF certification is checked on the DPF list at least every 12 months; a future date is no check.
default dpf_stale(_) := false

dpf_stale(sub) if lib.older_than_months(sub.dpf.verified_on, 12)

dpf_stale(sub) if sub.dpf.verified_on > input.today

# What a mechanism's transfer impact assessment says: missing, stale (over 12 months, or dated in
# the future), negative, or current.
tia_status(m) := "missing" if {
	not m.tia
} else := "negative" if {
	m.tia.outcome == "insufficient"
} else := "stale" if {
	lib.older_than_months(m.tia.assessed_on, 12)
} else := "stale" if {
	m.tia.assessed_on > input.today
} else := "current"

# The mechanisms that would fit a transfer, for a fix: the adequacy condition the country's
# decision asks of the recipient, the DPF for the United States, the SCC module for the roles.
fitting(regime, role, country) := sort(array.concat(condition_hint(regime, country), tools[regime][role]))

condition_hint(regime, country) := [c |
	c := decisions[regime][country].condition
	in_force(decisions[regime][country])
]

tools := {
	"EEA": {
		"controller": ["scc-2021-914-module-2", "bcr-eu", "art49"],
		"processor": ["scc-2021-914-module-3", "bcr-eu", "art49"],
	},
	"UK": {
		"controller": ["uk-idta", "uk-addendum", "bcr-uk", "art49"],
		"processor": ["uk-idta", "uk-addendum", "bcr-uk", "art49"],
	},
}

# What covers each route (regime, role, subprocessor, destination), found once however many activities
# take it: the view has a flow per activity, and a large register has thousands on a few routes.
coverage[[regime, role, sid, dest]] := mechanisms(regime, role, lib.subprocessors[sid], dest) if {
	some [_, sid, regime, role, dest] in flows
}

# The per-flow view: every transfer with what covers it.
view contains flow if {
	some [aid, sid, regime, role, dest] in flows
	sub := lib.subprocessors[sid]
	covering := coverage[[regime, role, sid, dest]]
	flow := {
		"activity": aid, "role": role, "subprocessor": sid, "importer_country": sub.country,
		"regime": regime, "kind": dest.kind, "place": dest.place, "country": dest.country,
		"mechanisms": covering, "covered": count(covering) > 0,
		"categories": sort(lib.received_by(lib.activities[aid], sid)),
	}
}
