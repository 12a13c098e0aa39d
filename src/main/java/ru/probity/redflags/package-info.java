/**
 * Red flags of procurement beyond affiliation (issue 22): the classic signs of rigged, split and
 * captured purchases computed on the whole of the ЕИС data the region holds — contracts of every
 * schema version, notices, protocols with every bid, contract changes — and on the company
 * registers. The indicators are plain-Java rules in {@code redflags.indicators} (docs/red-flags.md);
 * this package keeps the flags of the organization tree, their review (dismissed with a reason, or
 * sent to review like an affiliation finding), the red-flags page with its risk scores, charts and
 * XLSX, and the {@code flags} command.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Red flags",
        allowedDependencies = {
            "access",
            "audit",
            "org",
            "platform",
            "procurement",
            "procurement :: model",
            "procurement :: eis",
            "procurement :: fns",
            "procurement :: names",
            "tasks"
        })
package ru.probity.redflags;
