"""The build's machinery, apart from its stages: the executor (local processes or a Dask
cluster), the extraction cache and its codec, the build record, atomic output, the output lock,
progress, the code version and the source watcher. It knows no stage: the stages never import it,
and the executor maps the function it is given."""
