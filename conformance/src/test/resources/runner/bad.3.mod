unlinkable unknown import
