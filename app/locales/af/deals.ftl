## Deals and pipelines: the board, a deal's panel, new deals, pipeline settings
