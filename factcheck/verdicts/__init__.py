"""Stage 5: check claims against reference data (:mod:`.verdict`), and figures against each
other (:mod:`.consistency`, :mod:`.arithmetic`); tolerances from a figure's precision
(:mod:`.tolerance`). Import the submodules directly."""
