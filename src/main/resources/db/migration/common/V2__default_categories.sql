-- The categories most corporate newsrooms start with; staff can rename or remove them.
insert into category (slug, name) values
    ('news', 'News'),
    ('mou', 'MOU'),
    ('award', 'Award'),
    ('recognition', 'Recognition'),
    ('partnership', 'Partnership'),
    ('product', 'Product'),
    ('event', 'Event');
