## The archive
