# METADATA
# title: Views of the legal model
# description: |
#   What reporters show of the model, computed here so that no TypeScript re-derives the law:
#   the second entrypoint (`ropa/views`) beside `ropa/main/violations`. `transfers` lists every
#   flow of an activity's data to a subprocessor outside its regime's area, with the mechanisms
#   that cover it (adequacy, DPF, or a recorded tool and its impact assessment's status).
package ropa.views

import data.ropa.transfers as model

# The per-flow transfer view. The engine puts it in a stable order: sorting thousands of objects here
# costs more than the view itself in WebAssembly, and an order decides nothing.
transfers := [flow | some flow in model.view]
