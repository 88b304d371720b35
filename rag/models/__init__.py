"""Models: the catalogue, installing from the packages that ship them, and checking a model runs on this CPU."""
