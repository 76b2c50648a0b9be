"""timeline: turn a folder of news articles into a hosted timeline website.

The pipeline stages are modules named after them: ``read`` -> ``extract`` ->
``assemble`` -> ``render`` -> ``publish``; ``build.build`` runs them in order.
"""

__version__ = "0.1.0"
