-- pgbench script of bin/bench-gateway: one single-row insert per transaction, the physical limit the
-- complaint write path is compared with
INSERT INTO single_row (payload) VALUES ('燃气表读数异常（压测）');
