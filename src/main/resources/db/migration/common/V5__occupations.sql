CREATE TABLE occupation (
    code              VARCHAR(5)   PRIMARY KEY,
    name_zh           VARCHAR(50)  NOT NULL,
    name_en           VARCHAR(100) NOT NULL,
    category          VARCHAR(20)  NOT NULL,
    pay_unit          VARCHAR(5)   NOT NULL,
    usual_pay_min_fen BIGINT       NOT NULL,
    usual_pay_max_fen BIGINT       NOT NULL,
    CONSTRAINT occupation_category_known CHECK (category IN ('HOUSEHOLD', 'ELDER_CARE', 'HEALTH_CARE', 'MANUFACTURING', 'LOGISTICS', 'RETAIL', 'CATERING', 'AGRICULTURE', 'CONSTRUCTION', 'TRANSPORT', 'OFFICE', 'IT', 'EDUCATION', 'OTHER')),
    CONSTRAINT occupation_pay_unit_known CHECK (pay_unit IN ('MONTH', 'DAY', 'HOUR')),
    CONSTRAINT occupation_usual_pay_range CHECK (usual_pay_min_fen > 0 AND usual_pay_min_fen <= usual_pay_max_fen),
    CONSTRAINT occupation_name_zh_unique UNIQUE (name_zh)
);
