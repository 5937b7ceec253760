-- What Open Referral (HSDS 3.0) needs of the directory and the directory did not record:
-- an organization's own description and postal code, and a service's own phone, e-mail and
-- contact persons (a hotline's number, the lawyer who takes legal-aid requests). The feed
-- leaves a field out when it is not recorded; it never makes one up.
ALTER TABLE organization
    ADD COLUMN description varchar(2000),
    ADD COLUMN postal_code varchar(10);

ALTER TABLE service
    ADD COLUMN phone varchar(30),
    ADD COLUMN email varchar(200);

CREATE TABLE service_contact (
    service_id uuid NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    position   int  NOT NULL,
    name       varchar(200) NOT NULL,
    role       varchar(200),
    phone      varchar(30),
    email      varchar(200),
    PRIMARY KEY (service_id, position)
);
