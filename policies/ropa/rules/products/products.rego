# METADATA
# title: Products and privacy notices
# description: Every product tells its users, in a privacy notice, about the processing behind it.
package ropa.rules.products

import data.ropa.facts
import data.ropa.lib

# METADATA
# title: Every product has a privacy notice
# description: The information of Art. 13 and 14 is given in a privacy notice per product, with its address and version.
# custom:
#   id: products.privacy_notice
#   severity: error
#   legal:
#     - ref: GDPR Art. 12(1), 13, 14
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13
#     - ref: UK GDPR Art. 12(1), 13, 14
#       url: https://www.legislation.gov.uk/eur/2016/679/article/13
#   promise: "a privacy notice for every product"
#   message: "{record} has no privacy notice {what}."
#   remediation: "Add `privacy_notice: {url: https://…, version: …, updated_on: YYYY-MM-DD}` to the product."
violations contains lib.violation(rego.metadata.rule(), id, ["privacy_notice"], {"what": what}) if {
	lib.promised("products.privacy_notice")
	some id, record in lib.products
	some field, what in {"url": "address", "version": "version"}
	not record.privacy_notice[field]
}

# METADATA
# title: Every product is backed by a processing activity
# description: >-
#   A product's privacy notice describes processing; a product no activity names has nothing recorded behind
#   its notice.
# custom:
#   id: products.activities
#   severity: warning
#   legal:
#     - ref: GDPR Art. 30
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
#     - ref: UK GDPR Art. 30
#       url: https://www.legislation.gov.uk/eur/2016/679/article/30
#   message: "{record} is not named by any active processing activity."
#   remediation: "Add the product's id to the `products` of the activities behind it, or retire the product."
violations contains lib.violation(rego.metadata.rule(), id, [], {}) if {
	some id, _ in lib.products
	not used[id]
}

# Products named by an active activity, gathered once (not per product, which is quadratic), over
# the whole register also when it is evaluated in shards (data.ropa.facts); as a set, looked up per
# product (a shard's facts arrive as a list, and `in` walks a list or set in WebAssembly).
used := {id | some id in facts.products_used}
