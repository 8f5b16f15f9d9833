-- NTC-1: the company's published catalogue of gas matters (燃气事项), version 1 of each, as the office keeps it.
-- Later changes are new versions made through the API (PUT /api/v1/matters/{code}), never edits of these rows.

with v as (
    insert into matter_version (id, code, version, name, department, basis, time_limit, procedure_steps,
                                rectifications, not_handled, published_at, published_by, current)
    values (gen_random_uuid(), 'RESIDENTIAL_CONNECTION', 1, '居民用户燃气开户通气', '客服中心',
            array['《城镇燃气管理条例》（国务院令第583号）',
                  '《内蒙古自治区燃气管理条例》',
                  '《城镇燃气室内工程施工与质量验收规范》（CJJ 94）',
                  '本公司《供用气合同》及服务管理制度（2022年修订）'],
            'P5WD',
            array['携带全部材料到营业厅提出申请，工作人员当场审核',
                  '材料齐全的当场受理，签订《供用气合同》',
                  '预约安检人员上门检查户内燃气设施',
                  '安检合格后装表通气，进行安全用气宣传',
                  '建立用户档案'],
            array['户内燃气管道私自改动、暗埋或穿越卧室的，须恢复明设',
                  '燃气连接软管超过2米、老化或非燃气专用软管的，须更换',
                  '燃气热水器安装在浴室内或未安装排烟管的，须移出并加装排烟管'],
            array['房屋产权存在争议或被依法查封的',
                  '所在建筑未通燃气管网或户内燃气设施未经验收的',
                  '原户存在欠缴燃气费用未结清的'],
            '2022-01-01T00:00:00Z', 'office', true)
    returning id)
insert into matter_material (matter_version_id, position, code, name, copies, form, applies_when, notes, how_to_obtain)
select v.id, m.* from v, (values
    (0, 'ID_CARD', '户主居民身份证', 1, 'ORIGINAL_AND_COPY', null, '身份证须在有效期内', '本人持有；遗失的到户籍所在地派出所补办'),
    (1, 'PROPERTY_PROOF', '房屋产权证明（不动产权证书或购房合同）', 1, 'COPY', null, '复印件须清晰，现场核对原件', '本人持有；遗失的到不动产登记中心查询打印'),
    (2, 'INDOOR_ACCEPTANCE', '户内燃气设施安装验收单', 1, 'ORIGINAL', null, '新建住宅由开发单位统一提供', '向房屋开发单位或物业服务企业索取'),
    (3, 'AGENT_AUTHORISATION', '户主签字的授权委托书', 1, 'ORIGINAL', '委托他人代办时', null, '营业厅领取格式文本，由户主签字'),
    (4, 'AGENT_ID_CARD', '受托人居民身份证', 1, 'ORIGINAL_AND_COPY', '委托他人代办时', null, '受托人本人持有')
) as m(position, code, name, copies, form, applies_when, notes, how_to_obtain);

with v as (
    insert into matter_version (id, code, version, name, department, basis, time_limit, procedure_steps,
                                rectifications, not_handled, published_at, published_by, current)
    values (gen_random_uuid(), 'ENTERPRISE_CONNECTION', 1, '工商业用户用气报装', '市场部',
            array['《城镇燃气管理条例》（国务院令第583号）',
                  '《内蒙古自治区燃气管理条例》',
                  '《城镇燃气设计规范》（GB 50028）',
                  '本公司服务管理制度（2022年修订）'],
            'P10WD',
            array['提交报装申请及资料，工作人员当场审核',
                  '技术人员现场踏勘用气场所',
                  '出具供气方案，签订燃气工程合同',
                  '工程设计与施工',
                  '竣工验收合格后签订《供用气合同》，装表通气'],
            array['燃气用具未设置熄火保护装置的，须加装',
                  '用气场所未安装可燃气体报警装置及紧急切断阀的，须安装',
                  '燃气管道穿越配电室、仓库等禁止区域的，须改线',
                  '排烟设施不符合要求的，须整改'],
            array['用气场所属违法建筑或申请人无合法使用权的',
                  '位于燃气管网规划区域外且不具备供气条件的',
                  '经营项目属国家禁止或限制使用燃气的'],
            '2022-01-01T00:00:00Z', 'office', true)
    returning id)
insert into matter_material (matter_version_id, position, code, name, copies, form, applies_when, notes, how_to_obtain)
select v.id, m.* from v, (values
    (0, 'APPLICATION_FORM', '《工商业用气报装申请表》', 1, 'ORIGINAL', null, '加盖单位公章', '营业厅领取或由客户专员提供'),
    (1, 'BUSINESS_LICENCE', '营业执照', 1, 'COPY', null, '复印件加盖单位公章', '单位持有'),
    (2, 'LEGAL_REP_ID', '法定代表人居民身份证', 1, 'COPY', null, '复印件加盖单位公章', '法定代表人本人持有'),
    (3, 'PREMISES_PROOF', '用气场所产权证明或租赁合同', 1, 'COPY', null, '租赁的须提供出租方同意用气的书面意见', '单位持有或向出租方索取'),
    (4, 'EQUIPMENT_LIST', '用气设备清单及预计用气量说明', 1, 'ORIGINAL', null, '写明设备名称、型号、台数、额定耗气量', '单位自行编制，客户专员可协助'),
    (5, 'SITE_PLAN', '用气场所平面布置图', 1, 'ORIGINAL', null, '标明燃气设备拟安装位置', '单位自行绘制或委托设计单位出具'),
    (6, 'AUTHORISATION_LETTER', '法定代表人授权委托书及经办人身份证', 1, 'ORIGINAL_AND_COPY', '非法定代表人本人办理时', null, '营业厅领取格式文本，加盖单位公章')
) as m(position, code, name, copies, form, applies_when, notes, how_to_obtain);

with v as (
    insert into matter_version (id, code, version, name, department, basis, time_limit, procedure_steps,
                                rectifications, not_handled, published_at, published_by, current)
    values (gen_random_uuid(), 'ACCOUNT_TRANSFER', 1, '燃气户名过户', '客服中心',
            array['《城镇燃气管理条例》（国务院令第583号）',
                  '本公司《供用气合同》及服务管理制度（2022年修订）'],
            'P1WD',
            array['提交过户材料，工作人员当场审核',
                  '结清原户燃气费用',
                  '变更户名，与新户主重新签订《供用气合同》',
                  '换发用气证'],
            array['过户时户内燃气设施安检发现隐患的，按《安全隐患整改通知书》整改后方可继续用气'],
            array['原户存在欠缴燃气费用未结清的',
                  '房屋产权存在争议或被依法查封的'],
            '2022-01-01T00:00:00Z', 'office', true)
    returning id)
insert into matter_material (matter_version_id, position, code, name, copies, form, applies_when, notes, how_to_obtain)
select v.id, m.* from v, (values
    (0, 'NEW_OWNER_ID_CARD', '新户主居民身份证', 1, 'ORIGINAL_AND_COPY', null, '身份证须在有效期内', '本人持有'),
    (1, 'NEW_PROPERTY_PROOF', '新户主的房屋产权证明（不动产权证书）', 1, 'COPY', null, '现场核对原件', '本人持有；到不动产登记中心查询打印'),
    (2, 'GAS_USER_CARD', '原用气证或燃气卡', 1, 'ORIGINAL', null, '遗失的须先挂失', '原户主持有；遗失的在营业厅办理挂失'),
    (3, 'ARREARS_CLEARED', '燃气费结清凭证', 1, 'ORIGINAL', null, null, '营业厅当场查询并打印'),
    (4, 'AGENT_AUTHORISATION', '新户主签字的授权委托书及受托人身份证', 1, 'ORIGINAL_AND_COPY', '委托他人代办时', null, '营业厅领取格式文本，由新户主签字')
) as m(position, code, name, copies, form, applies_when, notes, how_to_obtain);

with v as (
    insert into matter_version (id, code, version, name, department, basis, time_limit, procedure_steps,
                                rectifications, not_handled, published_at, published_by, current)
    values (gen_random_uuid(), 'METER_RELOCATION', 1, '燃气表移位及户内管道改装', '客服中心',
            array['《城镇燃气管理条例》（国务院令第583号）',
                  '《城镇燃气室内工程施工与质量验收规范》（CJJ 94）',
                  '本公司服务管理制度（2022年修订）'],
            'P5WD',
            array['提交改装申请，工作人员当场审核',
                  '技术人员上门勘察，出具改装方案及费用清单',
                  '用户确认方案并缴费',
                  '由本公司专业人员施工改装',
                  '验收合格后恢复供气'],
            array['改装后燃气表位置不便于抄表、检修的，须调整',
                  '燃气表、管道与电气设备间距不足的，须调整'],
            array['要求将燃气表或管道移至卧室、卫生间或密闭空间的',
                  '要求暗埋、暗封燃气管道的',
                  '非户主申请且无户主授权的'],
            '2022-01-01T00:00:00Z', 'office', true)
    returning id)
insert into matter_material (matter_version_id, position, code, name, copies, form, applies_when, notes, how_to_obtain)
select v.id, m.* from v, (values
    (0, 'ID_CARD', '户主居民身份证', 1, 'ORIGINAL_AND_COPY', null, '身份证须在有效期内', '本人持有'),
    (1, 'PROPERTY_PROOF', '房屋产权证明（不动产权证书或购房合同）', 1, 'COPY', null, '现场核对原件', '本人持有'),
    (2, 'ALTERATION_FORM', '《户内燃气设施改装申请表》', 1, 'ORIGINAL', null, '由户主签字', '营业厅领取，可现场填写'),
    (3, 'LOCATION_SKETCH', '改装位置示意图', 1, 'ORIGINAL', null, '可由工作人员现场协助绘制', '用户自行绘制或现场协助')
) as m(position, code, name, copies, form, applies_when, notes, how_to_obtain);

with v as (
    insert into matter_version (id, code, version, name, department, basis, time_limit, procedure_steps,
                                rectifications, not_handled, published_at, published_by, current)
    values (gen_random_uuid(), 'RECONNECTION', 1, '停气后恢复供气', '客服中心',
            array['《城镇燃气管理条例》（国务院令第583号）',
                  '本公司《供用气合同》及服务管理制度（2022年修订）'],
            'P1WD',
            array['提交恢复供气申请，工作人员当场审核',
                  '核实停气原因已消除（费用已结清或隐患已整改）',
                  '安检人员上门检查户内燃气设施',
                  '检查合格后恢复供气'],
            array['上门检查仍发现安全隐患的，须按《安全隐患整改通知书》整改后重新申请'],
            array['停气原因尚未消除的',
                  '私自开启已关闭或封堵的燃气设施、尚未处理完毕的'],
            '2022-01-01T00:00:00Z', 'office', true)
    returning id)
insert into matter_material (matter_version_id, position, code, name, copies, form, applies_when, notes, how_to_obtain)
select v.id, m.* from v, (values
    (0, 'ID_CARD', '户主居民身份证', 1, 'ORIGINAL', null, null, '本人持有'),
    (1, 'PAYMENT_RECEIPT', '欠费及违约金缴清凭证', 1, 'ORIGINAL', '因欠费停气的', null, '营业厅缴费后当场打印'),
    (2, 'RECTIFICATION_PROOF', '《安全隐患整改通知书》及整改完成情况说明', 1, 'ORIGINAL', '因安全隐患停气的', '整改涉及更换燃具的附购买凭证', '通知书由安检人员上门时送达；说明由用户填写')
) as m(position, code, name, copies, form, applies_when, notes, how_to_obtain);

with v as (
    insert into matter_version (id, code, version, name, department, basis, time_limit, procedure_steps,
                                rectifications, not_handled, published_at, published_by, current)
    values (gen_random_uuid(), 'ACCOUNT_CANCELLATION', 1, '燃气销户', '客服中心',
            array['《城镇燃气管理条例》（国务院令第583号）',
                  '本公司《供用气合同》及服务管理制度（2022年修订）'],
            'P3WD',
            array['提交销户申请，工作人员当场审核',
                  '结清全部燃气费用',
                  '工作人员上门拆除燃气表并封堵管道',
                  '注销用户档案，终止《供用气合同》'],
            array['封堵后发现户内管道仍有漏气的，须重新封堵，用户不得自行开启'],
            array['同一燃气表下仍有其他住户用气的',
                  '存在欠缴燃气费用未结清的'],
            '2022-01-01T00:00:00Z', 'office', true)
    returning id)
insert into matter_material (matter_version_id, position, code, name, copies, form, applies_when, notes, how_to_obtain)
select v.id, m.* from v, (values
    (0, 'ID_CARD', '户主居民身份证', 1, 'ORIGINAL_AND_COPY', null, '身份证须在有效期内', '本人持有'),
    (1, 'PROPERTY_PROOF', '房屋产权证明', 1, 'COPY', null, '现场核对原件', '本人持有'),
    (2, 'GAS_USER_CARD', '用气证或燃气卡', 1, 'ORIGINAL', null, null, '户主持有；遗失的在营业厅办理挂失'),
    (3, 'ARREARS_CLEARED', '燃气费结清凭证', 1, 'ORIGINAL', null, null, '营业厅当场查询并打印')
) as m(position, code, name, copies, form, applies_when, notes, how_to_obtain);

with v as (
    insert into matter_version (id, code, version, name, department, basis, time_limit, procedure_steps,
                                rectifications, not_handled, published_at, published_by, current)
    values (gen_random_uuid(), 'USE_CHANGE', 1, '用气性质变更（居民用气改为商业用气）', '市场部',
            array['《城镇燃气管理条例》（国务院令第583号）',
                  '内蒙古自治区燃气价格有关规定',
                  '本公司服务管理制度（2022年修订）'],
            'P5WD',
            array['提交变更申请及资料，工作人员当场审核',
                  '技术人员现场核查用气设备和场所',
                  '按商业用气安全要求整改',
                  '重新签订《供用气合同》，变更用气价格'],
            array['用气场所须加装可燃气体报警装置和紧急切断阀',
                  '商用燃具须具备熄火保护装置'],
            array['用气场所不符合商业用气安全条件且拒不整改的'],
            '2022-01-01T00:00:00Z', 'office', true)
    returning id)
insert into matter_material (matter_version_id, position, code, name, copies, form, applies_when, notes, how_to_obtain)
select v.id, m.* from v, (values
    (0, 'CHANGE_FORM', '《用气性质变更申请表》', 1, 'ORIGINAL', null, null, '营业厅领取，可现场填写'),
    (1, 'BUSINESS_LICENCE', '营业执照', 1, 'COPY', null, '复印件加盖公章或经营者签字', '经营者持有'),
    (2, 'OPERATOR_ID_CARD', '经营者居民身份证', 1, 'ORIGINAL_AND_COPY', null, null, '经营者本人持有'),
    (3, 'PREMISES_PROOF', '经营场所产权证明或租赁合同', 1, 'COPY', null, null, '经营者持有或向出租方索取'),
    (4, 'EQUIPMENT_LIST', '用气设备清单', 1, 'ORIGINAL', null, '写明燃具名称、型号和台数', '经营者自行填写')
) as m(position, code, name, copies, form, applies_when, notes, how_to_obtain);

with v as (
    insert into matter_version (id, code, version, name, department, basis, time_limit, procedure_steps,
                                rectifications, not_handled, published_at, published_by, current)
    values (gen_random_uuid(), 'METER_REPLACEMENT', 1, '燃气表故障检测及更换', '客服中心',
            array['《中华人民共和国计量法》',
                  '《城镇燃气管理条例》（国务院令第583号）',
                  '本公司《供用气合同》及服务管理制度（2022年修订）'],
            'P1WD',
            array['报修登记，工作人员核对用户信息',
                  '技术人员上门检测燃气表',
                  '确属表具质量故障的免费更换',
                  '新旧表读数由用户签字确认'],
            array['因用户私自拆改造成表具损坏的，由用户承担费用并恢复原状'],
            array['人为故意损坏或私自拆改燃气表、尚未依法处理的'],
            '2022-01-01T00:00:00Z', 'office', true)
    returning id)
insert into matter_material (matter_version_id, position, code, name, copies, form, applies_when, notes, how_to_obtain)
select v.id, m.* from v, (values
    (0, 'ID_CARD', '户主或实际用气人居民身份证', 1, 'ORIGINAL', null, null, '本人持有'),
    (1, 'GAS_USER_CARD', '燃气卡', 1, 'ORIGINAL', '使用预付费燃气表的', '用于读取和转存表内余量', '用户持有；遗失的在营业厅补办')
) as m(position, code, name, copies, form, applies_when, notes, how_to_obtain);
