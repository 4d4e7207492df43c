package ropa.rules.change_test

import data.ropa.rules.change
import data.ropa.test as fixture

# The change rules follow the data, not record ids: the branches the audit of issue 12 found.

# aws also keeps backups in Ireland, announced to every segment before the change.
backup_in(region, country, city) := fixture.location("aws-backup", "aws", region, country, city)

backup_notices := [location_notice(s, "aws-backup", "2026-08-01", "2026-09-01") | some s in segment_ids]

with_backups := fixture.mutate([
	add("/register/locations/aws-backup", backup_in("eu-west-1", "IE", "Dublin")),
	add(concat("", [aws, "/processing_locations/-"]), "aws-backup"),
	add(concat("", [aws, "/customer_notices"]), backup_notices),
])

# The change edits the backup location in place: the same record now points at Virginia.
virginia := backup_in("us-east-1", "US", "N. Virginia")

backups_to_virginia := json.patch(with_backups, [add("/register/locations/aws-backup", virginia)])

test_location_notice_follows_a_location_edited_in_place if {
	vs := change.violations with input as fixture.change(with_backups, backups_to_virginia)
	fixture.found(vs) == {["change.location_notice", "aws", ["processing_locations", 2]]}
	segments_of(vs) == {s | some s in segment_ids}
	{v.params.country | some v in vs} == {"US"}
}

test_location_notice_for_a_location_edited_in_place_counts_a_notice_recorded_with_the_edit if {
	fresh := [location_notice(s, "aws-backup", "2026-11-20", "2026-12-20") | some s in segment_ids]
	head := with_notices(backups_to_virginia, fresh)
	change.violations == set() with input as fixture.change(with_backups, head)

	# The earlier notices, of Ireland, kept beside them do not make the new ones needless.
	both := with_notices(head, array.concat(backup_notices, fresh))
	change.violations == set() with input as fixture.change(with_backups, both)
}

test_dpo_approval_follows_retention_through_a_retired_and_re_added_activity if {
	# remote-monitoring is retired and its copy keeps health records ten years instead of three months.
	v2 := json.patch(fixture.remote_monitoring, [
		add("/id", "remote-monitoring-v2"),
		add("/data_categories/4/retention/period", "P10Y"),
	])
	head := fixture.mutate([
		add(concat("", [rm, "/status"]), "retired"),
		add(concat("", [rm, "/retired_on"]), "2026-11-20"),
		add(concat("", [rm, "/retired_reason"]), "replaced by remote-monitoring-v2"),
		add("/register/activities/remote-monitoring-v2", v2),
	])
	vs := change.violations with input as fixture.change(fixture.clean, head)
	fixture.found(vs) == {["change.dpo_approval", "remote-monitoring-v2", ["data_categories", 4, "retention"]]}
	only(vs).params == {
		"change": "keeps data longer:", "item": "health-records", "from": "P3M", "to": "P10Y",
		"record_id": "remote-monitoring-v2",
	}
}

test_a_new_segment_is_owed_no_notice if {
	# The change adds aws and a Danish segment it serves: the four segments the base had are told;
	# the new one signs the DPA with aws already listed.
	dk := fixture.segment("dk-regions", "DK", "aws-stockholm")
	head := fixture.mutate([
		add(concat("", [aws, "/customer_notices"]), notices_naming([], "2026-11-01", "2026-12-01")),
		add("/register/segments/dk-regions", dk),
		add(concat("", [pa, "/customer_segments/-"]), "dk-regions"),
		add(concat("", [rm, "/customer_segments/-"]), "dk-regions"),
	])
	change.violations == set() with input as fixture.change(without_aws, head)
	change.violations == set() with input as dated(fixture.change(without_aws, head), "2026-11-20")
}

test_subprocessor_notice_sent_before_its_retirement_does_not_count if {
	# aws was retired on 2026-06-01 and is back: notices sent before that announced its first start.
	base := fixture.mutate([
		add(concat("", [aws, "/status"]), "retired"),
		add(concat("", [aws, "/retired_on"]), "2026-06-01"),
		add(concat("", [aws, "/retired_reason"]), "moved to another host"),
	])
	before := with_notices(fixture.clean, notices_naming([], "2026-05-01", "2026-07-01"))
	vs := change.violations with input as fixture.change(base, before)
	segments_of(vs) == {s | some s in segment_ids}
	{[v.params.change, v.params.last_stopped] | some v in vs} == {["is back in use, reaching", "2026-06-01"]}

	# Sent the day after it stopped, they count.
	after := with_notices(fixture.clean, notices_naming([], "2026-06-02", "2026-07-02"))
	change.violations == set() with input as fixture.change(base, after)
}
