## Customers and contacts: the list, the card, new customers
