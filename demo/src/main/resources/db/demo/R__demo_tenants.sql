-- Demo tenants for the run and test commands (the demo module, switched on by DEMO_DATA=true; never in production).
-- organization_id matches the organization ids in keycloak/src/main/realm/recovery-demo.json.
INSERT INTO tenant (organization_id, name, business_type, country, currency, default_language, time_zone, status, created_at)
VALUES ('8c2b7a9e-5d1f-4b6a-9e43-1f0a2c3d4e01', 'Bistro Nord', 'RESTAURANT', 'NO', 'NOK', 'nb', 'Europe/Oslo', 'ACTIVE', UTC_TIMESTAMP(6)),
       ('8c2b7a9e-5d1f-4b6a-9e43-1f0a2c3d4e02', 'Hotel Adriatic', 'HOTEL', 'HR', 'EUR', 'hr', 'Europe/Zagreb', 'ACTIVE', UTC_TIMESTAMP(6)),
       ('8c2b7a9e-5d1f-4b6a-9e43-1f0a2c3d4e03', 'Rent-a-Car Kraków', 'CAR_RENTAL', 'PL', 'PLN', 'pl', 'Europe/Warsaw', 'ACTIVE', UTC_TIMESTAMP(6))
ON DUPLICATE KEY UPDATE name = VALUES(name);

INSERT INTO location (tenant_id, name, address, time_zone)
SELECT t.id, l.name, l.address, t.time_zone
FROM tenant t
JOIN (SELECT '8c2b7a9e-5d1f-4b6a-9e43-1f0a2c3d4e01' AS org, 'Bistro Nord Grünerløkka' AS name, 'Thorvald Meyers gate 40, Oslo' AS address
      UNION ALL SELECT '8c2b7a9e-5d1f-4b6a-9e43-1f0a2c3d4e01', 'Bistro Nord Aker Brygge', 'Stranden 3, Oslo'
      UNION ALL SELECT '8c2b7a9e-5d1f-4b6a-9e43-1f0a2c3d4e02', 'Hotel Adriatic Split', 'Obala Hrvatskog narodnog preporoda 8, Split'
      UNION ALL SELECT '8c2b7a9e-5d1f-4b6a-9e43-1f0a2c3d4e03', 'Kraków Airport desk', 'Kapitana Mieczysława Medweckiego 1, Balice'
      UNION ALL SELECT '8c2b7a9e-5d1f-4b6a-9e43-1f0a2c3d4e03', 'Kraków Main Station desk', 'Pawia 5a, Kraków') l ON l.org = t.organization_id
WHERE NOT EXISTS (SELECT 1 FROM location x WHERE x.tenant_id = t.id AND x.name = l.name);
