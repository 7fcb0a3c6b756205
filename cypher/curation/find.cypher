// One override by id ($id); no row when absent.
MATCH (o:Override {id: $id})
RETURN o {.*} AS override;
