## The forecast and quotas
