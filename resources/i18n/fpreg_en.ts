<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>关于 村计生服务室登记系统</source>
            <translation>About FP Register</translation>
        </message>
        <message>
            <source>版本</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>站点</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>当前用户</source>
            <translation>Current user</translation>
        </message>
        <message>
            <source>数据文件夹</source>
            <translation>Data folder</translation>
        </message>
        <message>
            <source>数据库文件</source>
            <translation>Database file</translation>
        </message>
        <message>
            <source>运行环境</source>
            <translation>Runtime</translation>
        </message>
        <message>
            <source>村计生服务室登记系统</source>
            <translation>FP Register</translation>
        </message>
        <message>
            <source>村计生服务室和乡镇计生办的离线登记、服务、随访和报表系统。</source>
            <translation>Offline register, services, follow-up visits and returns for village family-planning service rooms and the township office.</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>复制(&amp;C)</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>把这些信息复制到剪贴板，发给帮您解决问题的人</source>
            <translation>Copy these details to the clipboard for the person helping you</translation>
        </message>
    </context>
    <context>
        <name>AdjustDialog</name>
        <message>
            <source>调整</source>
            <translation>Adjust</translation>
        </message>
        <message>
            <source>过期、损坏、丢失、退回、调出填减少的数量；盘点更正填正负数</source>
            <translation>Expired, damaged, lost, returned, transfer out: units removed; count correction: + or −</translation>
        </message>
        <message>
            <source>药具</source>
            <translation>Commodity</translation>
        </message>
        <message>
            <source>批号</source>
            <translation>Lot</translation>
        </message>
        <message>
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>数量</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>这种药具没有库存批号</source>
            <translation>This commodity has no lots in stock</translation>
        </message>
    </context>
    <context>
        <name>BackupMenu</name>
        <message>
            <source>备份(&amp;K)</source>
            <translation>Bac&amp;kup</translation>
        </message>
        <message>
            <source>立即备份(&amp;N)</source>
            <translation>Back up &amp;now</translation>
        </message>
        <message>
            <source>备份到U盘(&amp;U)…</source>
            <translation>Back up to &amp;USB stick…</translation>
        </message>
        <message>
            <source>恢复备份(&amp;R)…</source>
            <translation>&amp;Restore a backup…</translation>
        </message>
        <message>
            <source>正在备份……</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <source>备份完成</source>
            <translation>Backup done</translation>
        </message>
        <message>
            <source>备份失败</source>
            <translation>Backup failed</translation>
        </message>
        <message>
            <source>已备份到 {p}</source>
            <translation>Backed up to {p}</translation>
        </message>
        <message>
            <source>选择U盘或备份文件夹</source>
            <translation>Choose the USB stick or a backup folder</translation>
        </message>
        <message>
            <source>已备份到U盘：{p}
备份已校验，可以安全拔出U盘。</source>
            <translation>Backed up to the USB stick: {p}
The backup was verified; you can safely remove the stick.</translation>
        </message>
        <message>
            <source>备份已恢复。程序现在关闭，请重新打开并登录。</source>
            <translation>The backup was restored. The program will now close; please open it again and log in.</translation>
        </message>
        <message>
            <source>原数据库已保留为：{p}</source>
            <translation>The previous database was kept as: {p}</translation>
        </message>
        <message>
            <source>恢复完成</source>
            <translation>Restore done</translation>
        </message>
    </context>
    <context>
        <name>CheckDialog</name>
        <message>
            <source>登记检查 - {n}</source>
            <translation>Record a check - {n}</translation>
        </message>
        <message>
            <source>{n}：健康检查</source>
            <translation>{n}: health check</translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <source>检查结果</source>
            <translation>Check results</translation>
        </message>
        <message>
            <source>试导入，不写入数据库。不能导入的行不会写入，其余的行可以导入。</source>
            <translation>Trial import, nothing is written to the database. Rows that cannot be imported will not be written; the other rows can be imported.</translation>
        </message>
        <message>
            <source>正在逐行检查…</source>
            <translation>Checking row by row…</translation>
        </message>
        <message>
            <source>导入{n}行</source>
            <translation>Import {n} rows</translation>
        </message>
    </context>
    <context>
        <name>ChecksModel</name>
        <message>
            <source>结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>检查</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>相关记录</source>
            <translation>Records</translation>
        </message>
        <message>
            <source>通过</source>
            <translation>Passed</translation>
        </message>
        <message>
            <source>错误</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>提示</source>
            <translation>Warning</translation>
        </message>
    </context>
    <context>
        <name>ConfirmReceiptDialog</name>
        <message>
            <source>确认收货：{n}</source>
            <translation>Confirm receipt: {n}</translation>
        </message>
        <message>
            <source>实收与调拨数量不同时必填</source>
            <translation>Required when the quantities received differ from the dispatch</translation>
        </message>
        <message>
            <source>调拨单</source>
            <translation>Dispatch</translation>
        </message>
        <message>
            <source>{n}（{d}调拨）</source>
            <translation>{n} (dispatched {d})</translation>
        </message>
        <message>
            <source>收货日期</source>
            <translation>Received on</translation>
        </message>
        <message>
            <source>药具</source>
            <translation>Commodity</translation>
        </message>
        <message>
            <source>批号</source>
            <translation>Lot</translation>
        </message>
        <message>
            <source>有效期至</source>
            <translation>Expires</translation>
        </message>
        <message>
            <source>调拨数量</source>
            <translation>Dispatched</translation>
        </message>
        <message>
            <source>实收数量</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>确认收货</source>
            <translation>Confirm receipt</translation>
        </message>
        <message>
            <source>差异原因</source>
            <translation>Reason for difference</translation>
        </message>
        <message>
            <source>实收比调拨少{n}，请填写原因</source>
            <translation>{n} fewer received than dispatched: please give the reason</translation>
        </message>
    </context>
    <context>
        <name>CorrectionsModel</name>
        <message>
            <source>报表期</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>项目</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>原报</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>现为</source>
            <translation>Now</translation>
        </message>
        <message>
            <source>增加</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>减少</source>
            <translation>Removed</translation>
        </message>
    </context>
    <context>
        <name>CountDialog</name>
        <message>
            <source>盘点</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>药具</source>
            <translation>Commodity</translation>
        </message>
        <message>
            <source>批号</source>
            <translation>Lot</translation>
        </message>
        <message>
            <source>实盘数量</source>
            <translation>Counted</translation>
        </message>
        <message>
            <source>盘点日期</source>
            <translation>Count date</translation>
        </message>
        <message>
            <source>这种药具没有库存批号</source>
            <translation>This commodity has no lots in stock</translation>
        </message>
    </context>
    <context>
        <name>DashboardWindow</name>
        <message>
            <source>工作概览：近12个月</source>
            <translation>Overview: the last 12 months</translation>
        </message>
        <message>
            <source>正在计算近12个月的数字……</source>
            <translation>Computing the last 12 months…</translation>
        </message>
        <message>
            <source>导出PNG</source>
            <translation>Export PNG</translation>
        </message>
        <message>
            <source>综合避孕率（%）</source>
            <translation>Contraceptive prevalence (%)</translation>
        </message>
        <message>
            <source>方法构成（%）</source>
            <translation>Method mix (%)</translation>
        </message>
        <message>
            <source>新采用人数</source>
            <translation>New acceptors</translation>
        </message>
        <message>
            <source>随访服务率（%）</source>
            <translation>Follow-up rate (%)</translation>
        </message>
        <message>
            <source>药具库存可用月数</source>
            <translation>Months of stock</translation>
        </message>
        <message>
            <source>计算失败：{e}</source>
            <translation>Computation failed: {e}</translation>
        </message>
        <message>
            <source>综合避孕率</source>
            <translation>Contraceptive prevalence</translation>
        </message>
        <message>
            <source>随访服务率</source>
            <translation>Follow-up rate</translation>
        </message>
        <message>
            <source>新采用</source>
            <translation>New acceptors</translation>
        </message>
        <message>
            <source>药具库存可用月数（没有药具发放记录）</source>
            <translation>Months of stock (no commodities issued)</translation>
        </message>
        <message>
            <source>{a}至{b}，每月数字与该月报表相同（已关账的月份为报送的数字）</source>
            <translation>{a} to {b}; each month's figures are that month's return (closed months show the figures sent)</translation>
        </message>
        <message>
            <source>不能写入“{p}”</source>
            <translation>Cannot write “{p}”</translation>
        </message>
        <message>
            <source>导出图表</source>
            <translation>Export chart</translation>
        </message>
    </context>
    <context>
        <name>DispatchDialog</name>
        <message>
            <source>调拨药具到村</source>
            <translation>Dispatch stock to a village</translation>
        </message>
        <message>
            <source>发往村</source>
            <translation>To village</translation>
        </message>
        <message>
            <source>调拨日期</source>
            <translation>Dispatch date</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>药具</source>
            <translation>Commodity</translation>
        </message>
        <message>
            <source>批号</source>
            <translation>Lot</translation>
        </message>
        <message>
            <source>有效期至</source>
            <translation>Expires</translation>
        </message>
        <message>
            <source>数量</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>添加一行</source>
            <translation>Add a line</translation>
        </message>
        <message>
            <source>删除所选行</source>
            <translation>Remove selected line</translation>
        </message>
    </context>
    <context>
        <name>DispatchLinesModel</name>
        <message>
            <source>行</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>药具</source>
            <translation>Commodity</translation>
        </message>
        <message>
            <source>批号</source>
            <translation>Lot</translation>
        </message>
        <message>
            <source>有效期至</source>
            <translation>Expires</translation>
        </message>
        <message>
            <source>调拨数量</source>
            <translation>Dispatched</translation>
        </message>
        <message>
            <source>实收</source>
            <translation>Received</translation>
        </message>
    </context>
    <context>
        <name>DispatchStatusModel</name>
        <message>
            <source>调拨单号</source>
            <translation>Dispatch no.</translation>
        </message>
        <message>
            <source>调拨日期</source>
            <translation>Dispatch date</translation>
        </message>
        <message>
            <source>村</source>
            <translation>Village</translation>
        </message>
        <message>
            <source>药具</source>
            <translation>Commodity</translation>
        </message>
        <message>
            <source>调拨数</source>
            <translation>Dispatched</translation>
        </message>
        <message>
            <source>实收数</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>收货日期</source>
            <translation>Received on</translation>
        </message>
        <message>
            <source>收货人</source>
            <translation>Received by</translation>
        </message>
        <message>
            <source>差异原因</source>
            <translation>Reason for difference</translation>
        </message>
    </context>
    <context>
        <name>DispatchStatusWindow</name>
        <message>
            <source>调拨单及收货情况</source>
            <translation>Dispatches and receipts</translation>
        </message>
        <message>
            <source>全部村</source>
            <translation>All villages</translation>
        </message>
        <message>
            <source>调拨到村…</source>
            <translation>Dispatch to a village…</translation>
        </message>
        <message>
            <source>刷新</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>作废调拨单(&amp;X)…</source>
            <translation>Cancel dispatch (&amp;X)…</translation>
        </message>
        <message>
            <source>村尚未确认收货的调拨单：作废后随下次同步从该村的待收货中撤下</source>
            <translation>A dispatch the village has not confirmed: once cancelled, the next sync takes it off the village's pending receipts</translation>
        </message>
        <message>
            <source>村：</source>
            <translation>Village:</translation>
        </message>
        <message>
            <source>共{n}张：待村收货{a}，已收货{b}，短缺{c}</source>
            <translation>{n} dispatches: {a} awaiting receipt, {b} received, {c} short</translation>
        </message>
        <message>
            <source>作废调拨单</source>
            <translation>Cancel dispatch</translation>
        </message>
        <message>
            <source>作废发往{v}的调拨单{n}（村尚未确认收货）。
请填写作废原因：</source>
            <translation>Cancel dispatch {n} to {v} (not yet confirmed by the village).
Reason for cancelling:</translation>
        </message>
        <message>
            <source>作废调拨单{n}：下次同步时从{v}的待收货中撤下；本乡镇库存中为它发出的药具冲销退回。

确定作废吗？</source>
            <translation>Cancel dispatch {n}: the next sync takes it off the pending receipts of {v}; what this township issued for it from its own stock is reversed.

Cancel it?</translation>
        </message>
    </context>
    <context>
        <name>DrillDownDialog</name>
        <message>
            <source>名单：{t}</source>
            <translation>List: {t}</translation>
        </message>
        <message>
            <source>{t}：共{n}人</source>
            <translation>{t}: {n} people</translation>
        </message>
        <message>
            <source>；另有{k}条记录不是登记的人（如兑现记录），UUID：{u}</source>
            <translation>; {k} more records are not registered people (e.g. payments), UUIDs: {u}</translation>
        </message>
    </context>
    <context>
        <name>DueCountsLabel</name>
        <message>
            <source>点击查看随访提醒</source>
            <translation>Click to open the visits due</translation>
        </message>
        <message>
            <source>今天</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>本周</source>
            <translation>This week</translation>
        </message>
        <message>
            <source>逾期</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>错过</source>
            <translation>Missed</translation>
        </message>
        <message>
            <source>随访：</source>
            <translation>Visits: </translation>
        </message>
        <message>
            <source>随访：—</source>
            <translation>Visits: —</translation>
        </message>
    </context>
    <context>
        <name>DueListWindow</name>
        <message>
            <source>随访提醒</source>
            <translation>Visits due</translation>
        </message>
        <message>
            <source>全部组</source>
            <translation>All groups</translation>
        </message>
        <message>
            <source>{n}组</source>
            <translation>Group {n}</translation>
        </message>
        <message>
            <source>全部类型</source>
            <translation>All types</translation>
        </message>
        <message>
            <source>组：</source>
            <translation>Group:</translation>
        </message>
        <message>
            <source>随访类型：</source>
            <translation>Visit type:</translation>
        </message>
        <message>
            <source>记录随访（回车）</source>
            <translation>Record visit (Enter)</translation>
        </message>
        <message>
            <source>查看登记卡</source>
            <translation>Open card</translation>
        </message>
        <message>
            <source>打印本周随访单…</source>
            <translation>Print this week's round sheet…</translation>
        </message>
        <message>
            <source>刷新</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>颜色：蓝＝未到期　黄＝到期　红＝逾期　灰＝错过</source>
            <translation>Colours: blue = early, yellow = due, red = overdue, grey = missed</translation>
        </message>
        <message>
            <source>今天</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>本周</source>
            <translation>This week</translation>
        </message>
        <message>
            <source>逾期</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>错过</source>
            <translation>Missed</translation>
        </message>
        <message>
            <source>正在读取…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>正在读取其余各项…</source>
            <translation>Reading the rest…</translation>
        </message>
        <message>
            <source>{v}：共 {n} 项</source>
            <translation>{v}: {n} items</translation>
        </message>
        <message>
            <source>{v}：没有需要随访的对象</source>
            <translation>{v}: no visits due</translation>
        </message>
        <message>
            <source>读取失败：{e}</source>
            <translation>Could not load: {e}</translation>
        </message>
        <message>
            <source>随访工作单_{d}.pdf</source>
            <translation>round_sheet_{d}.pdf</translation>
        </message>
        <message>
            <source>打印本周随访单</source>
            <translation>Print this week's round sheet</translation>
        </message>
        <message>
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>正在生成随访单…</source>
            <translation>Writing the round sheet…</translation>
        </message>
        <message>
            <source>随访单已保存：{p}</source>
            <translation>Round sheet saved: {p}</translation>
        </message>
        <message>
            <source>无法生成随访单</source>
            <translation>Could not write the round sheet</translation>
        </message>
    </context>
    <context>
        <name>DueModel</name>
        <message>
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>组</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>户编号</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>随访类型</source>
            <translation>Visit type</translation>
        </message>
        <message>
            <source>应访日期</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>窗口期</source>
            <translation>Window</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>State</translation>
        </message>
        <message>
            <source>{a} 至 {b}</source>
            <translation>{a} to {b}</translation>
        </message>
        <message>
            <source>{t}（{l}）</source>
            <translation>{t} ({l})</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesModel</name>
        <message>
            <source>重复类型</source>
            <translation>Match</translation>
        </message>
        <message>
            <source>村</source>
            <translation>Village</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>身份证号</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>出生日期</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>组/户</source>
            <translation>Group/household</translation>
        </message>
        <message>
            <source>{g}组 {h}户</source>
            <translation>Group {g}, household {h}</translation>
        </message>
        <message>
            <source>登记日期</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>转移申请</source>
            <translation>Transfer</translation>
        </message>
        <message>
            <source>进行中</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>身份证号相同</source>
            <translation>Same ID number</translation>
        </message>
        <message>
            <source>姓名和出生日期相同</source>
            <translation>Same name and birth date</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesWindow</name>
        <message>
            <source>跨村重复登记与转移</source>
            <translation>Cross-village duplicates and transfers</translation>
        </message>
        <message>
            <source>转到另一村…</source>
            <translation>Transfer to the other village…</translation>
        </message>
        <message>
            <source>她实际住在另一个村：由所选村注销（转出），另一村登记</source>
            <translation>She lives in the other village: the selected village exits her card (transferred), the other keeps her</translation>
        </message>
        <message>
            <source>同一妇女在两个村都有在册登记。选中应注销的那一条（她已不住在那个村），发起转移。</source>
            <translation>The same woman is on the active register of two villages. Select the entry to exit (the village she no longer lives in) and request a transfer.</translation>
        </message>
        <message>
            <source>取消申请…</source>
            <translation>Cancel request…</translation>
        </message>
        <message>
            <source>更新完成状态</source>
            <translation>Mark finished ones completed</translation>
        </message>
        <message>
            <source>两村都已办理（同步后可见）的申请标为已完成</source>
            <translation>Requests both villages have carried out (visible after sync) are marked completed</translation>
        </message>
        <message>
            <source>跨村重复</source>
            <translation>Duplicates</translation>
        </message>
        <message>
            <source>转移申请</source>
            <translation>Transfer requests</translation>
        </message>
        <message>
            <source>正在查找…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <source>{n}组可能重复</source>
            <translation>{n} possible duplicates</translation>
        </message>
        <message>
            <source>没有发现跨村重复登记</source>
            <translation>No cross-village duplicates found</translation>
        </message>
        <message>
            <source>共{n}条，进行中{o}条</source>
            <translation>{n} requests, {o} open</translation>
        </message>
        <message>
            <source>取消转移申请</source>
            <translation>Cancel transfer request</translation>
        </message>
        <message>
            <source>取消{n}（{r}）的转移申请，请填写原因：</source>
            <translation>Cancel the transfer request for {n} ({r}). Reason:</translation>
        </message>
        <message>
            <source>{n}条申请已完成</source>
            <translation>{n} requests completed</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>登记生活事件 - {n}</source>
            <translation>Record a life event - {n}</translation>
        </message>
        <message>
            <source>{n}：生活事件</source>
            <translation>{n}: life event</translation>
        </message>
        <message>
            <source>事件</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>妊娠结局</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>孩子姓名</source>
            <translation>Child's name</translation>
        </message>
        <message>
            <source>可以以后再填</source>
            <translation>can be filled in later</translation>
        </message>
        <message>
            <source>孩子性别</source>
            <translation>Child's sex</translation>
        </message>
        <message>
            <source>去向</source>
            <translation>Destination</translation>
        </message>
        <message>
            <source>迁往何地</source>
            <translation>moving to where</translation>
        </message>
        <message>
            <source>从何地迁入</source>
            <translation>Moved in from</translation>
        </message>
        <message>
            <source>丈夫姓名</source>
            <translation>Husband's name</translation>
        </message>
        <message>
            <source>丈夫身份证号</source>
            <translation>Husband's ID number</translation>
        </message>
        <message>
            <source>18位身份证号</source>
            <translation>18-digit ID number</translation>
        </message>
        <message>
            <source>婚姻类型</source>
            <translation>Marriage</translation>
        </message>
        <message>
            <source>状况</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>保存后她的育龄妇女登记卡将注销（人员信息仍保留）。</source>
            <translation>Saving closes her register card (her personal record is kept).</translation>
        </message>
    </context>
    <context>
        <name>FiguresModel</name>
        <message>
            <source>项目</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>数值</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>人数（可查看名单）</source>
            <translation>People (double-click for the list)</translation>
        </message>
        <message>
            <source>代码</source>
            <translation>Code</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>选择登记表文件</source>
            <translation>Choose the register file</translation>
        </message>
        <message>
            <source>支持Excel（.xlsx、.xls）和CSV文件。表头可以在前10行中的任意一行。</source>
            <translation>Excel (.xlsx, .xls) and CSV files are supported. The header may be in any of the first 10 rows.</translation>
        </message>
        <message>
            <source>登记表文件</source>
            <translation>Register file</translation>
        </message>
        <message>
            <source>浏览…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>可不填：自定义的表头对照表（JSON）</source>
            <translation>Optional: your own header mapping (JSON)</translation>
        </message>
        <message>
            <source>文件：</source>
            <translation>File:</translation>
        </message>
        <message>
            <source>对照表：</source>
            <translation>Mapping:</translation>
        </message>
        <message>
            <source>提示：身份证号一列请设为“文本”格式；合并的单元格请先取消合并。</source>
            <translation>Tip: format the ID number column as “Text”; unmerge merged cells first.</translation>
        </message>
        <message>
            <source>登记表 (*.xlsx *.xls *.csv);;Excel (*.xlsx *.xls);;CSV (*.csv)</source>
            <translation>Register (*.xlsx *.xls *.csv);;Excel (*.xlsx *.xls);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>选择对照表</source>
            <translation>Choose a mapping</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>全部小组</source>
            <translation>All groups</translation>
        </message>
        <message>
            <source>{n}组</source>
            <translation>Group {n}</translation>
        </message>
        <message>
            <source>全部状况</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>全部居住状况</source>
            <translation>All residence</translation>
        </message>
        <message>
            <source>全部年龄</source>
            <translation>All ages</translation>
        </message>
        <message>
            <source>{lo}–{hi}岁</source>
            <translation>{lo}–{hi} years</translation>
        </message>
        <message>
            <source>在册</source>
            <translation>On register</translation>
        </message>
        <message>
            <source>已注销</source>
            <translation>Exited</translation>
        </message>
        <message>
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <source>搜索 姓名/拼音/身份证号/电话 (Ctrl+F)</source>
            <translation>Search name/pinyin/ID number/phone (Ctrl+F)</translation>
        </message>
        <message>
            <source>筛选：</source>
            <translation>Filter:</translation>
        </message>
    </context>
    <context>
        <name>FirstRunAdminPage</name>
        <message>
            <source>第一个管理员账户</source>
            <translation>The first administrator account</translation>
        </message>
        <message>
            <source>管理员可以添加其他用户、恢复备份。请记住密码，它无法找回。</source>
            <translation>The administrator can add other users and restore backups. Remember the password: it cannot be recovered.</translation>
        </message>
        <message>
            <source>用户名：</source>
            <translation>User name:</translation>
        </message>
        <message>
            <source>姓名：</source>
            <translation>Full name:</translation>
        </message>
        <message>
            <source>密码：</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>再输一次密码：</source>
            <translation>Password again:</translation>
        </message>
        <message>
            <source>密码至少{n}个字符。</source>
            <translation>At least {n} characters.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunEnrolmentPage</name>
        <message>
            <source>乡镇的登记文件（可选）</source>
            <translation>The township's enrolment file (optional)</translation>
        </message>
        <message>
            <source>乡镇计生办会把本村的登记文件放在U盘上交给您，用于以后同步数据。</source>
            <translation>The township office gives you this village's enrolment file on a USB stick; it is used later to sync data.</translation>
        </message>
        <message>
            <source>选择…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>还没有拿到登记文件可以先跳过（留空），以后在“同步”菜单中导入。</source>
            <translation>If you do not have it yet, leave this empty and import it later from the Sync menu.</translation>
        </message>
        <message>
            <source>选择登记文件</source>
            <translation>Choose the enrolment file</translation>
        </message>
    </context>
    <context>
        <name>FirstRunFoldersPage</name>
        <message>
            <source>数据和备份放在哪里</source>
            <translation>Where to keep the data and the backups</translation>
        </message>
        <message>
            <source>程序每天自动备份一次，保留最近7天、4周和12个月的备份。</source>
            <translation>The program backs up once a day and keeps the backups of the last 7 days, 4 weeks and 12 months.</translation>
        </message>
        <message>
            <source>数据文件夹：</source>
            <translation>Data folder:</translation>
        </message>
        <message>
            <source>备份文件夹：</source>
            <translation>Backup folder:</translation>
        </message>
        <message>
            <source>选择…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>备份文件夹最好在另一块磁盘上；另外请定期用“备份到U盘”带走一份。</source>
            <translation>Best put the backup folder on another disk; also take a copy away regularly with “Back up to USB stick”.</translation>
        </message>
        <message>
            <source>选择文件夹</source>
            <translation>Choose a folder</translation>
        </message>
    </context>
    <context>
        <name>FirstRunLanguagePage</name>
        <message>
            <source>欢迎使用村计生服务室登记系统</source>
            <translation>Welcome to FP Register</translation>
        </message>
        <message>
            <source>第一次使用需要完成几步设置。请选择界面语言。</source>
            <translation>A few steps set up the program. Choose the language.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunSitePage</name>
        <message>
            <source>本机用于哪里</source>
            <translation>Where this PC is used</translation>
        </message>
        <message>
            <source>站点代码由乡镇统一分配，同步和备份都靠它区分各村，请向乡镇计生办确认。</source>
            <translation>The township assigns site codes; sync and backups tell villages apart by them, so check yours with the township office.</translation>
        </message>
        <message>
            <source>村计生服务室</source>
            <translation>Village service room</translation>
        </message>
        <message>
            <source>乡镇计生办</source>
            <translation>Township family-planning office</translation>
        </message>
        <message>
            <source>站点代码：</source>
            <translation>Site code:</translation>
        </message>
        <message>
            <source>站点名称：</source>
            <translation>Site name:</translation>
        </message>
        <message>
            <source>所属乡镇代码：</source>
            <translation>Township code:</translation>
        </message>
        <message>
            <source>例如 V001</source>
            <translation>e.g. V001</translation>
        </message>
        <message>
            <source>例如 红旗村</source>
            <translation>e.g. Hongqi village</translation>
        </message>
        <message>
            <source>例如 T01（可以以后再填）</source>
            <translation>e.g. T01 (may be filled in later)</translation>
        </message>
        <message>
            <source>代码用2到20个字母、数字或下划线。</source>
            <translation>Codes are 2 to 20 letters, digits or underscores.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunSummaryPage</name>
        <message>
            <source>确认设置</source>
            <translation>Confirm the set-up</translation>
        </message>
        <message>
            <source>点“完成”创建数据库。</source>
            <translation>Click “Finish” to create the database.</translation>
        </message>
        <message>
            <source>村计生服务室</source>
            <translation>Village service room</translation>
        </message>
        <message>
            <source>乡镇计生办</source>
            <translation>Township family-planning office</translation>
        </message>
        <message>
            <source>语言：{lang}
站点：{kind} {code} {name}
所属乡镇：{parent}
管理员：{user}
登记文件：{enrol}
数据库：{db}
备份文件夹：{backup}</source>
            <translation>Language: {lang}
Site: {kind} {code} {name}
Township: {parent}
Administrator: {user}
Enrolment file: {enrol}
Database: {db}
Backup folder: {backup}</translation>
        </message>
        <message>
            <source>（以后导入）</source>
            <translation>(import later)</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>首次设置 - 村计生服务室登记系统</source>
            <translation>First set-up - FP Register</translation>
        </message>
        <message>
            <source>下一步 &gt;</source>
            <translation>Next &gt;</translation>
        </message>
        <message>
            <source>&lt; 上一步</source>
            <translation>&lt; Back</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>完成</source>
            <translation>Finish</translation>
        </message>
    </context>
    <context>
        <name>HelpController</name>
        <message>
            <source>使用说明(&amp;G)</source>
            <translation>User &amp;guide</translation>
        </message>
        <message>
            <source>打开使用说明，翻到当前窗口的部分</source>
            <translation>Open the user guide at the section for the current window</translation>
        </message>
        <message>
            <source>键盘快捷键(&amp;K)</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>列出所有操作的快捷键和菜单按键</source>
            <translation>List the shortcut and menu keys of every action</translation>
        </message>
        <message>
            <source>大字体(&amp;L)</source>
            <translation>&amp;Large font</translation>
        </message>
        <message>
            <source>把所有窗口的文字放大，方便老年人看清</source>
            <translation>Enlarge the text in every window, easier to read for older eyes</translation>
        </message>
        <message>
            <source>关于(&amp;A)</source>
            <translation>&amp;About</translation>
        </message>
        <message>
            <source>帮助(&amp;H)</source>
            <translation>&amp;Help</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>使用说明 - 村计生服务室登记系统</source>
            <translation>User guide - FP Register</translation>
        </message>
        <message>
            <source>在说明中查找（回车找下一处）</source>
            <translation>Find in the guide (Enter for the next match)</translation>
        </message>
        <message>
            <source>找不到使用说明文件：{p}</source>
            <translation>The user guide file was not found: {p}</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <source>正在导入</source>
            <translation>Importing</translation>
        </message>
        <message>
            <source>所有行在一个事务中写入：中途取消或断电，数据库保持导入前的样子。</source>
            <translation>All rows are written in one transaction: if cancelled or the power fails midway, the database stays as it was before the import.</translation>
        </message>
        <message>
            <source>正在导入…</source>
            <translation>Importing…</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>导入育龄妇女登记表</source>
            <translation>Import the register of women of reproductive age</translation>
        </message>
        <message>
            <source>下一步</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>上一步</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>完成</source>
            <translation>Finish</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>导入</source>
            <translation>Import</translation>
        </message>
    </context>
    <context>
        <name>IncentiveModels</name>
        <message>
            <source>类别</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>方案</source>
            <translation>Scheme</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>性别</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>村民小组</source>
            <translation>Village group</translation>
        </message>
        <message>
            <source>户编号</source>
            <translation>Household no.</translation>
        </message>
        <message>
            <source>每期金额（元）</source>
            <translation>Amount per period (yuan)</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>登记日期</source>
            <translation>Entered on</translation>
        </message>
        <message>
            <source>发放方式</source>
            <translation>Payment method</translation>
        </message>
        <message>
            <source>年审</source>
            <translation>Yearly check</translation>
        </message>
        <message>
            <source>退出原因</source>
            <translation>Exit reason</translation>
        </message>
        <message>
            <source>发放期</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>金额（元）</source>
            <translation>Amount (yuan)</translation>
        </message>
        <message>
            <source>方式</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>凭证号</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>问题</source>
            <translation>Issue</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>候选</source>
            <translation>Candidate</translation>
        </message>
        <message>
            <source>不再符合</source>
            <translation>No longer eligible</translation>
        </message>
        <message>
            <source>男</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>女</source>
            <translation>Female</translation>
        </message>
    </context>
    <context>
        <name>IncentiveWindow</name>
        <message>
            <source>奖励扶助</source>
            <translation>Incentives</translation>
        </message>
        <message>
            <source>登记选中的候选人</source>
            <translation>Enrol selected candidates</translation>
        </message>
        <message>
            <source>全部候选人登记为对象</source>
            <translation>Enrol all candidates</translation>
        </message>
        <message>
            <source>重新核查</source>
            <translation>Check again</translation>
        </message>
        <message>
            <source>候选名单</source>
            <translation>Candidates</translation>
        </message>
        <message>
            <source>村审核通过</source>
            <translation>Passed village review</translation>
        </message>
        <message>
            <source>审核不通过</source>
            <translation>Fail review</translation>
        </message>
        <message>
            <source>张榜公示…</source>
            <translation>Post public notice…</translation>
        </message>
        <message>
            <source>登记异议…</source>
            <translation>Record objection…</translation>
        </message>
        <message>
            <source>乡镇批准</source>
            <translation>Township approval</translation>
        </message>
        <message>
            <source>年审</source>
            <translation>Yearly check</translation>
        </message>
        <message>
            <source>退出…</source>
            <translation>Exit…</translation>
        </message>
        <message>
            <source>奖扶对象</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>发放…</source>
            <translation>Pay…</translation>
        </message>
        <message>
            <source>冲正…</source>
            <translation>Reverse…</translation>
        </message>
        <message>
            <source>打印现金领取凭证…</source>
            <translation>Print cash receipt…</translation>
        </message>
        <message>
            <source>发放台账</source>
            <translation>Payment ledger</translation>
        </message>
        <message>
            <source>导出给乡镇（xlsx）…</source>
            <translation>Export for the township (xlsx)…</translation>
        </message>
        <message>
            <source>对账</source>
            <translation>Reconciliation</translation>
        </message>
        <message>
            <source>村务公开文件：身份证号只显示前三位和后四位，不含任何健康信息。</source>
            <translation>Public documents: ID numbers show only the first three and last four characters; no health information at all.</translation>
        </message>
        <message>
            <source>公示名单（最近一次公示）</source>
            <translation>Public-notice list (latest notice)</translation>
        </message>
        <message>
            <source>季度公开栏汇总</source>
            <translation>Quarterly notice-board summary</translation>
        </message>
        <message>
            <source>本月宣传橱窗</source>
            <translation>This month's display case</translation>
        </message>
        <message>
            <source>生成 PDF…</source>
            <translation>Make PDF…</translation>
        </message>
        <message>
            <source>村务公开</source>
            <translation>Public disclosure</translation>
        </message>
        <message>
            <source>正在核查…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <source>符合条件未纳入</source>
            <translation>Eligible, not enrolled</translation>
        </message>
        <message>
            <source>已纳入不再符合</source>
            <translation>Enrolled, no longer eligible</translation>
        </message>
        <message>
            <source>已批准未发放</source>
            <translation>Approved, not paid</translation>
        </message>
        <message>
            <source>发放无批准</source>
            <translation>Paid without approval</translation>
        </message>
        <message>
            <source>候选 {c} 人，不再符合 {l} 人，奖扶对象 {n} 人，发放 {p} 笔</source>
            <translation>{c} candidates, {l} no longer eligible, {n} cases, {p} payments</translation>
        </message>
        <message>
            <source>核查失败</source>
            <translation>Check failed</translation>
        </message>
        <message>
            <source>请先选中一个或几个对象</source>
            <translation>Select one or more cases first</translation>
        </message>
        <message>
            <source>不能登记</source>
            <translation>Cannot enrol</translation>
        </message>
        <message>
            <source>不能审核</source>
            <translation>Cannot review</translation>
        </message>
        <message>
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>不能公示</source>
            <translation>Cannot post the notice</translation>
        </message>
        <message>
            <source>登记异议</source>
            <translation>Record objection</translation>
        </message>
        <message>
            <source>异议内容</source>
            <translation>Objection</translation>
        </message>
        <message>
            <source>不能登记异议</source>
            <translation>Cannot record the objection</translation>
        </message>
        <message>
            <source>不能批准</source>
            <translation>Cannot approve</translation>
        </message>
        <message>
            <source>年审未通过</source>
            <translation>Yearly check failed</translation>
        </message>
        <message>
            <source>退出</source>
            <translation>Exit</translation>
        </message>
        <message>
            <source>退出原因</source>
            <translation>Exit reason</translation>
        </message>
        <message>
            <source>不能退出</source>
            <translation>Cannot exit</translation>
        </message>
        <message>
            <source>不能发放</source>
            <translation>Cannot pay</translation>
        </message>
        <message>
            <source>冲正</source>
            <translation>Reversal</translation>
        </message>
        <message>
            <source>冲正原因</source>
            <translation>Reason for the reversal</translation>
        </message>
        <message>
            <source>不能冲正</source>
            <translation>Cannot reverse</translation>
        </message>
        <message>
            <source>领取凭证</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>不能生成凭证</source>
            <translation>Cannot make the receipt</translation>
        </message>
        <message>
            <source>不能导出</source>
            <translation>Cannot export</translation>
        </message>
        <message>
            <source>导出对账表</source>
            <translation>Export reconciliation</translation>
        </message>
        <message>
            <source>不能生成 PDF</source>
            <translation>Cannot make the PDF</translation>
        </message>
        <message>
            <source>生成 PDF</source>
            <translation>Make PDF</translation>
        </message>
    </context>
    <context>
        <name>IncentivesMenu</name>
        <message>
            <source>奖扶(&amp;J)</source>
            <translation>&amp;Incentives</translation>
        </message>
        <message>
            <source>奖励扶助(&amp;I)…</source>
            <translation>&amp;Incentive payments…</translation>
        </message>
        <message>
            <source>候选名单、审核、公示、审批、发放、对账</source>
            <translation>Candidates, review, notice, approval, payment, reconciliation</translation>
        </message>
        <message>
            <source>村务公开文件(&amp;P)…</source>
            <translation>&amp;Public documents…</translation>
        </message>
    </context>
    <context>
        <name>IssueDialog</name>
        <message>
            <source>发放</source>
            <translation>Issue</translation>
        </message>
        <message>
            <source>妇女</source>
            <translation>Woman</translation>
        </message>
        <message>
            <source>发放点</source>
            <translation>Distribution point</translation>
        </message>
        <message>
            <source>姓名、拼音首字母或身份证号，回车查找</source>
            <translation>Name, pinyin initials or ID number; Enter to search</translation>
        </message>
        <message>
            <source>例如：一组服务点</source>
            <translation>e.g. group 1 service point</translation>
        </message>
        <message>
            <source>药具</source>
            <translation>Commodity</translation>
        </message>
        <message>
            <source>数量</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>批号</source>
            <translation>Lot</translation>
        </message>
        <message>
            <source>发给</source>
            <translation>To</translation>
        </message>
        <message>
            <source>查找妇女</source>
            <translation>Find woman</translation>
        </message>
        <message>
            <source>发放日期</source>
            <translation>Issue date</translation>
        </message>
        <message>
            <source>{n}　{g}组　{i}</source>
            <translation>{n}  group {g}  {i}</translation>
        </message>
        <message>
            <source>没有找到“{t}”</source>
            <translation>No one found for “{t}”</translation>
        </message>
        <message>
            <source>请先查找并选择一位妇女</source>
            <translation>Find and choose a woman first</translation>
        </message>
    </context>
    <context>
        <name>IssueModel</name>
        <message>
            <source>不能导入</source>
            <translation>Cannot import</translation>
        </message>
        <message>
            <source>请核对</source>
            <translation>Please check</translation>
        </message>
        <message>
            <source>行号</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>项目</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>原因</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>LockCover</name>
        <message>
            <source>已锁定</source>
            <translation>Locked</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <source>已锁定 - 村计生服务室登记系统</source>
            <translation>Locked - Village Family Planning Register</translation>
        </message>
        <message>
            <source>程序已锁定。
请输入“{name}”的密码解锁，或切换为其他用户。</source>
            <translation>The program is locked.
Enter the password of “{name}” to unlock, or switch to another user.</translation>
        </message>
        <message>
            <source>密码</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>切换用户…</source>
            <translation>Switch user…</translation>
        </message>
        <message>
            <source>解锁</source>
            <translation>Unlock</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>切换用户</source>
            <translation>Switch user</translation>
        </message>
        <message>
            <source>登录 - 村计生服务室登记系统</source>
            <translation>Log in - Village Family Planning Register</translation>
        </message>
        <message>
            <source>村计生服务室登记系统</source>
            <translation>Village Family Planning Register</translation>
        </message>
        <message>
            <source>用户名：</source>
            <translation>User name:</translation>
        </message>
        <message>
            <source>密码：</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>演示数据库的用户：
管理员 {a}，密码 {ap}
专干 {w}，密码 {wp}</source>
            <translation>Users of the demo database:
administrator {a}, password {ap}
worker {w}, password {wp}</translation>
        </message>
        <message>
            <source>登录</source>
            <translation>Log in</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>正在打开数据库…</source>
            <translation>Opening the database…</translation>
        </message>
        <message>
            <source>请输入用户名</source>
            <translation>Please enter a user name</translation>
        </message>
    </context>
    <context>
        <name>LotsModel</name>
        <message>
            <source>已过期</source>
            <translation>Expired</translation>
        </message>
        <message>
            <source>近效期</source>
            <translation>Near expiry</translation>
        </message>
        <message>
            <source>药具</source>
            <translation>Commodity</translation>
        </message>
        <message>
            <source>批号</source>
            <translation>Lot</translation>
        </message>
        <message>
            <source>有效期至</source>
            <translation>Expires</translation>
        </message>
        <message>
            <source>结存</source>
            <translation>Balance</translation>
        </message>
        <message>
            <source>剩余天数</source>
            <translation>Days left</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>State</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>村计生服务室登记系统</source>
            <translation>Village Family Planning Register</translation>
        </message>
        <message>
            <source>确认作废</source>
            <translation>Confirm void</translation>
        </message>
        <message>
            <source>确定作废“{n}”的登记吗？
原因：{r}
作废后她不再出现在登记册中，修改记录会保留。</source>
            <translation>Really void the entry of “{n}”?
Reason: {r}
She will no longer appear in the register; the change history is kept.</translation>
        </message>
        <message>
            <source>操作未完成</source>
            <translation>Not done</translation>
        </message>
        <message>
            <source>导入</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>此版本尚未包含导入功能</source>
            <translation>This version does not include the import yet</translation>
        </message>
        <message>
            <source>自动锁屏时间</source>
            <translation>Idle lock time</translation>
        </message>
    </context>
    <context>
        <name>MethodStartDialog</name>
        <message>
            <source>开始使用避孕方法 - {n}</source>
            <translation>Start a method - {n}</translation>
        </message>
        <message>
            <source>{n}：开始使用避孕方法（知情选择）</source>
            <translation>{n}: starts a contraceptive method (informed choice)</translation>
        </message>
        <message>
            <source>避孕方法</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>具体种类</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>开始日期</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>已讲解的方法</source>
            <translation>Methods explained</translation>
        </message>
        <message>
            <source>咨询</source>
            <translation>Counselling</translation>
        </message>
        <message>
            <source>已提供知情选择咨询（各种方法的效果、副作用、注意事项）</source>
            <translation>Informed-choice counselling given (effectiveness, side effects, precautions)</translation>
        </message>
        <message>
            <source>（请询问她本人）</source>
            <translation>(ask her)</translation>
        </message>
        <message>
            <source>是，她本人知情后自愿选择</source>
            <translation>Yes, her own informed choice</translation>
        </message>
        <message>
            <source>否</source>
            <translation>No</translation>
        </message>
        <message>
            <source>本人选择</source>
            <translation>Her own choice</translation>
        </message>
        <message>
            <source>更换原因</source>
            <translation>Reason for switching</translation>
        </message>
        <message>
            <source>（不是更换方法）</source>
            <translation>(not a switch)</translation>
        </message>
        <message>
            <source>服务人员</source>
            <translation>Provider</translation>
        </message>
        <message>
            <source>服务地点</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>如：乡镇卫生院</source>
            <translation>e.g. township health centre</translation>
        </message>
    </context>
    <context>
        <name>MethodStopDialog</name>
        <message>
            <source>停用避孕方法 - {n}</source>
            <translation>Stop a method - {n}</translation>
        </message>
        <message>
            <source>{n}：停用{m}</source>
            <translation>{n}: stops {m}</translation>
        </message>
        <message>
            <source>停用日期</source>
            <translation>Stop date</translation>
        </message>
        <message>
            <source>停用原因</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>NoticeDialog</name>
        <message>
            <source>张榜公示</source>
            <translation>Public notice</translation>
        </message>
        <message>
            <source>村委会公开栏</source>
            <translation>Village committee notice board</translation>
        </message>
        <message>
            <source>公示开始日期</source>
            <translation>Notice starts on</translation>
        </message>
        <message>
            <source>公示天数</source>
            <translation>Days on the board</translation>
        </message>
        <message>
            <source>公示及受理异议地点</source>
            <translation>Where it hangs and objections are taken</translation>
        </message>
        <message>
            <source>联系人</source>
            <translation>Contact</translation>
        </message>
    </context>
    <context>
        <name>PayDialog</name>
        <message>
            <source>发放</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>方案</source>
            <translation>Scheme</translation>
        </message>
        <message>
            <source>发放期</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>发放方式</source>
            <translation>Payment method</translation>
        </message>
        <message>
            <source>银行批次号或凭证号</source>
            <translation>Bank batch or receipt reference</translation>
        </message>
    </context>
    <context>
        <name>PendingReceiptsModel</name>
        <message>
            <source>调拨单号</source>
            <translation>Dispatch no.</translation>
        </message>
        <message>
            <source>调拨日期</source>
            <translation>Dispatch date</translation>
        </message>
        <message>
            <source>药具</source>
            <translation>Commodity</translation>
        </message>
        <message>
            <source>行数</source>
            <translation>Lines</translation>
        </message>
        <message>
            <source>合计</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>PendingReceiptsPanel</name>
        <message>
            <source>确认收货…</source>
            <translation>Confirm receipt…</translation>
        </message>
        <message>
            <source>乡镇调拨来的药具到货后，核对数量并确认收货：确认后记入库存，并在下次同步时告知乡镇</source>
            <translation>When stock dispatched by the township arrives, check the quantities and confirm the receipt: it is then entered in stock and the township is told at the next sync</translation>
        </message>
        <message>
            <source>没有待收货的调拨单</source>
            <translation>No dispatches awaiting receipt</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>身份证号</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>村民小组</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>户编号</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>UUID</source>
            <translation>UUID</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>{h}
→ {f}</source>
            <translation>{h}
→ {f}</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>预览</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>请核对每一列对应的登记项。下表是文件的前{n}行。</source>
            <translation>Check which register field each column maps to. The table shows the first {n} rows of the file.</translation>
        </message>
        <message>
            <source>正在读取“{f}”…</source>
            <translation>Reading “{f}”…</translation>
        </message>
        <message>
            <source>工作表“{s}”，表头在第{h}行，共{n}行数据。</source>
            <translation>Sheet “{s}”, header in row {h}, {n} rows of data.</translation>
        </message>
        <message>
            <source>这些列没有对应的登记项，不导入：{c}</source>
            <translation>These columns match no register field and will not be imported: {c}</translation>
        </message>
    </context>
    <context>
        <name>ProcedureDialog</name>
        <message>
            <source>登记手术 - {n}</source>
            <translation>Record a procedure - {n}</translation>
        </message>
        <message>
            <source>{n}：节育手术</source>
            <translation>{n}: procedure</translation>
        </message>
        <message>
            <source>皮埋种类</source>
            <translation>Implant type</translation>
        </message>
    </context>
    <context>
        <name>ReceiveDialog</name>
        <message>
            <source>入库</source>
            <translation>Receive</translation>
        </message>
        <message>
            <source>乡镇出库单号</source>
            <translation>Township voucher number</translation>
        </message>
        <message>
            <source>入库单号</source>
            <translation>Receipt document</translation>
        </message>
        <message>
            <source>药具</source>
            <translation>Commodity</translation>
        </message>
        <message>
            <source>批号</source>
            <translation>Lot</translation>
        </message>
        <message>
            <source>有效期至</source>
            <translation>Expires</translation>
        </message>
        <message>
            <source>数量</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>入库日期</source>
            <translation>Receipt date</translation>
        </message>
    </context>
    <context>
        <name>RegisterActions</name>
        <message>
            <source>新增</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>登记一位育龄妇女</source>
            <translation>Register a woman of reproductive age</translation>
        </message>
        <message>
            <source>编辑</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>修改选中的登记</source>
            <translation>Edit the selected entry</translation>
        </message>
        <message>
            <source>查看登记卡</source>
            <translation>Open card</translation>
        </message>
        <message>
            <source>打开选中妇女的登记卡</source>
            <translation>Open the selected woman's card</translation>
        </message>
        <message>
            <source>作废</source>
            <translation>Void</translation>
        </message>
        <message>
            <source>作废录入错误的登记（需填写原因）</source>
            <translation>Void an entry made in error (a reason is required)</translation>
        </message>
        <message>
            <source>注销</source>
            <translation>Exit</translation>
        </message>
        <message>
            <source>注销登记卡：满50周岁、迁出、死亡、转出</source>
            <translation>Exit the card: reached 50, moved out, died, transferred</translation>
        </message>
        <message>
            <source>导入</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>从Excel表格导入登记册</source>
            <translation>Import the register from an Excel sheet</translation>
        </message>
        <message>
            <source>查找</source>
            <translation>Find</translation>
        </message>
        <message>
            <source>搜索姓名、拼音、身份证号、电话</source>
            <translation>Search name, pinyin, ID number, phone</translation>
        </message>
        <message>
            <source>刷新</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>切换用户</source>
            <translation>Switch user</translation>
        </message>
        <message>
            <source>换另一位用户登录，不关闭程序</source>
            <translation>Log in as another user without closing the program</translation>
        </message>
        <message>
            <source>锁定</source>
            <translation>Lock</translation>
        </message>
        <message>
            <source>立即锁定，离开电脑时使用</source>
            <translation>Lock now, when leaving the computer</translation>
        </message>
        <message>
            <source>自动锁屏时间…</source>
            <translation>Idle lock time…</translation>
        </message>
        <message>
            <source>设置无操作多久后自动锁屏（管理员）</source>
            <translation>Set how long without input before the screen locks (administrator)</translation>
        </message>
        <message>
            <source>随访提醒</source>
            <translation>Visits due</translation>
        </message>
        <message>
            <source>今天、本周、逾期、错过的随访；记录随访，打印随访单</source>
            <translation>Visits due today, this week, overdue, missed; record visits, print the round sheet</translation>
        </message>
        <message>
            <source>随访规则…</source>
            <translation>Follow-up rules…</translation>
        </message>
        <message>
            <source>现行随访规则和历次版本；乡镇干部可导入新版本</source>
            <translation>The follow-up rules in force and earlier versions; a township officer can import a new version</translation>
        </message>
        <message>
            <source>退出</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>文件(&amp;F)</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>登记册(&amp;R)</source>
            <translation>&amp;Register</translation>
        </message>
        <message>
            <source>随访(&amp;V)</source>
            <translation>&amp;Visits</translation>
        </message>
        <message>
            <source>用户(&amp;U)</source>
            <translation>&amp;User</translation>
        </message>
        <message>
            <source>工具栏</source>
            <translation>Toolbar</translation>
        </message>
    </context>
    <context>
        <name>RegisterModel</name>
        <message>
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>组</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>户编号</source>
            <translation>Household no.</translation>
        </message>
        <message>
            <source>出生日期</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>年龄</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>身份证号</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>居住状况</source>
            <translation>Residence</translation>
        </message>
        <message>
            <source>婚姻状况</source>
            <translation>Marital status</translation>
        </message>
        <message>
            <source>当前状况</source>
            <translation>Current status</translation>
        </message>
        <message>
            <source>注销</source>
            <translation>Exit</translation>
        </message>
        <message>
            <source>已满50周岁</source>
            <translation>Aged 50 or over</translation>
        </message>
    </context>
    <context>
        <name>RegisterStatusBar</name>
        <message>
            <source>当前用户：{name}（{role}）</source>
            <translation>Current user: {name} ({role})</translation>
        </message>
        <message>
            <source>正在统计…</source>
            <translation>Counting…</translation>
        </message>
        <message>
            <source>共 {n} 人</source>
            <translation>{n} in total</translation>
        </message>
        <message>
            <source>统计失败：{e}</source>
            <translation>Counting failed: {e}</translation>
        </message>
    </context>
    <context>
        <name>RegisterView</name>
        <message>
            <source>没有符合条件的登记。可以改变筛选条件或搜索内容。</source>
            <translation>No entries match. Change the filters or the search text.</translation>
        </message>
    </context>
    <context>
        <name>RestoreCheckPage</name>
        <message>
            <source>检查备份</source>
            <translation>Check the backup</translation>
        </message>
        <message>
            <source>恢复前先检查备份是否完整、是否属于本站点、版本是否合适。</source>
            <translation>Before restoring, the backup is checked: complete, this site's, and a version this program can use.</translation>
        </message>
        <message>
            <source>正在检查……</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <source>（文件名中无时间）</source>
            <translation>(no time in the file name)</translation>
        </message>
        <message>
            <source>备份完好。

站点：{c} {n}
备份时间：{t}
数据库版本：{v}
登记妇女：{w}　人员：{p}　用户：{u}
变更记录：{ch}，最后修改：{last}

当前数据库：登记妇女 {cw}</source>
            <translation>The backup is sound.

Site: {c} {n}
Taken: {t}
Database version: {v}
Registered women: {w}  People: {p}  Users: {u}
Change-log entries: {ch}, last change: {last}

Current database: registered women {cw}</translation>
        </message>
    </context>
    <context>
        <name>RestoreChoosePage</name>
        <message>
            <source>选择备份</source>
            <translation>Choose a backup</translation>
        </message>
        <message>
            <source>从备份文件夹的列表中选择，或从U盘选择一个备份文件。</source>
            <translation>Pick one from the backup folder's list, or choose a backup file on a USB stick.</translation>
        </message>
        <message>
            <source>备份文件路径</source>
            <translation>Backup file path</translation>
        </message>
        <message>
            <source>从U盘或其他位置选择…</source>
            <translation>Choose from a USB stick or elsewhere…</translation>
        </message>
        <message>
            <source>{t}　{r}　{s} MB</source>
            <translation>{t}  {r}  {s} MB</translation>
        </message>
        <message>
            <source>选择备份文件</source>
            <translation>Choose a backup file</translation>
        </message>
        <message>
            <source>备份文件 (*.db *.bak);;所有文件 (*)</source>
            <translation>Backup files (*.db *.bak);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>RestoreConfirmPage</name>
        <message>
            <source>确认恢复</source>
            <translation>Confirm the restore</translation>
        </message>
        <message>
            <source>我明白：备份之后录入的内容将不在恢复后的数据库中</source>
            <translation>I understand: what was entered after this backup will not be in the restored database</translation>
        </message>
        <message>
            <source>将用备份“{b}”替换当前数据库“{d}”。

当前数据库不会删除，会改名保留在同一文件夹中（文件名带“replaced”和时间）。恢复后程序将关闭，请重新打开并登录。</source>
            <translation>The backup “{b}” will replace the current database “{d}”.

The current database is not deleted: it is kept, renamed, in the same folder (its name carries “replaced” and the time). After the restore the program closes; open it again and log in.</translation>
        </message>
    </context>
    <context>
        <name>RestoreWizard</name>
        <message>
            <source>恢复备份</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>下一步 &gt;</source>
            <translation>Next &gt;</translation>
        </message>
        <message>
            <source>&lt; 上一步</source>
            <translation>&lt; Back</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>恢复</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>每日自动备份</source>
            <translation>daily backup</translation>
        </message>
        <message>
            <source>手动备份</source>
            <translation>manual backup</translation>
        </message>
        <message>
            <source>U盘备份</source>
            <translation>USB backup</translation>
        </message>
        <message>
            <source>导入数据包前</source>
            <translation>before a packet import</translation>
        </message>
        <message>
            <source>升级数据库前</source>
            <translation>before a database upgrade</translation>
        </message>
    </context>
    <context>
        <name>ReturnWindow</name>
        <message>
            <source>计生报表（月报、季报、年报）</source>
            <translation>Family planning return (month, quarter, year)</translation>
        </message>
        <message>
            <source>2026-11（月）、2026Q4（季）、2026（年）、FY2026（统计年度）、FY2026H1（半年）</source>
            <translation>2026-11 (month), 2026Q4 (quarter), 2026 (year), FY2026 (statistical year), FY2026H1 (half-year)</translation>
        </message>
        <message>
            <source>计算</source>
            <translation>Compute</translation>
        </message>
        <message>
            <source>选择报表期后点“计算”</source>
            <translation>Choose a period, then click “Compute”</translation>
        </message>
        <message>
            <source>报表期：</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>报表（双击查看名单）</source>
            <translation>Return (double-click for the list)</translation>
        </message>
        <message>
            <source>逻辑检查</source>
            <translation>Logic checks</translation>
        </message>
        <message>
            <source>更正与差异</source>
            <translation>Corrections and differences</translation>
        </message>
        <message>
            <source>导出到U盘</source>
            <translation>Export to a USB stick</translation>
        </message>
        <message>
            <source>刷新U盘</source>
            <translation>Refresh sticks</translation>
        </message>
        <message>
            <source>选择文件夹…</source>
            <translation>Choose folder…</translation>
        </message>
        <message>
            <source>写到：</source>
            <translation>Write to:</translation>
        </message>
        <message>
            <source>逻辑检查未通过时，写明为什么仍要报送（会与报表一起保存）</source>
            <translation>When logic checks fail, write why it is sent anyway (kept with the return)</translation>
        </message>
        <message>
            <source>仅导出预览，不关账</source>
            <translation>Preview only; do not close the period</translation>
        </message>
        <message>
            <source>导出并关账</source>
            <translation>Export and close</translation>
        </message>
        <message>
            <source>导出预览</source>
            <translation>Export preview</translation>
        </message>
        <message>
            <source>正在计算{p}……</source>
            <translation>Computing {p}…</translation>
        </message>
        <message>
            <source>{s}　{p}</source>
            <translation>{s}  {p}</translation>
        </message>
        <message>
            <source>已于{t}关账报送，显示的是报送的版本</source>
            <translation>Closed and sent at {t}; showing the version sent</translation>
        </message>
        <message>
            <source>重新计算有{n}项不同（见“更正与差异”），将作为更正在下期报告</source>
            <translation>A recomputation differs in {n} figures (see “Corrections and differences”); they will be reported as corrections in the next return</translation>
        </message>
        <message>
            <source>含对已报送期的{n}项更正</source>
            <translation>Includes {n} corrections to periods already sent</translation>
        </message>
        <message>
            <source>逻辑检查全部通过</source>
            <translation>All logic checks passed</translation>
        </message>
        <message>
            <source>{n}项逻辑检查未通过</source>
            <translation>{n} logic checks failed</translation>
        </message>
        <message>
            <source>再次导出</source>
            <translation>Export again</translation>
        </message>
        <message>
            <source>计算失败：{e}</source>
            <translation>Computation failed: {e}</translation>
        </message>
        <message>
            <source>没有发现U盘：请插入U盘后点“刷新U盘”，或选择文件夹</source>
            <translation>No USB stick found: insert one and click “Refresh sticks”, or choose a folder</translation>
        </message>
        <message>
            <source>选择导出文件夹</source>
            <translation>Choose the export folder</translation>
        </message>
        <message>
            <source>请先插入U盘并点“刷新U盘”，或选择一个文件夹</source>
            <translation>Insert a USB stick and click “Refresh sticks”, or choose a folder</translation>
        </message>
        <message>
            <source>请至少选择一种格式</source>
            <translation>Choose at least one format</translation>
        </message>
        <message>
            <source>有{n}项逻辑检查未通过：请改正，或在说明栏写明为什么仍要报送</source>
            <translation>{n} logic checks failed: correct them, or write in the explanation why it is sent anyway</translation>
        </message>
        <message>
            <source>正在写入，请不要拔出U盘……</source>
            <translation>Writing; do not remove the stick…</translation>
        </message>
        <message>
            <source>可以安全拔出U盘。</source>
            <translation>You can now safely remove the stick.</translation>
        </message>
        <message>
            <source>已写入并读回校验{n}个文件到 {d}。</source>
            <translation>Wrote {n} files to {d} and verified them by reading back.</translation>
        </message>
        <message>
            <source>{p}已关账。</source>
            <translation>{p} is closed.</translation>
        </message>
        <message>
            <source>导出失败：{e}</source>
            <translation>Export failed: {e}</translation>
        </message>
    </context>
    <context>
        <name>RulesModel</name>
        <message>
            <source>触发事件</source>
            <translation>Trigger</translation>
        </message>
        <message>
            <source>第几次</source>
            <translation>Visit no.</translation>
        </message>
        <message>
            <source>随访类型</source>
            <translation>Visit type</translation>
        </message>
        <message>
            <source>起算点</source>
            <translation>Counted from</translation>
        </message>
        <message>
            <source>间隔天数</source>
            <translation>Offset (days)</translation>
        </message>
        <message>
            <source>时间窗（前/后天数）</source>
            <translation>Window (days before/after)</translation>
        </message>
        <message>
            <source>重复间隔天数</source>
            <translation>Repeats every (days)</translation>
        </message>
        <message>
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>代码</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>前{b}天／后{a}天</source>
            <translation>{b} days before / {a} after</translation>
        </message>
        <message>
            <source>皮埋到期日</source>
            <translation>Implant expiry</translation>
        </message>
        <message>
            <source>用完日（每单位{d}天）</source>
            <translation>Supply runs out ({d} days per unit)</translation>
        </message>
        <message>
            <source>事件当天</source>
            <translation>Day of the event</translation>
        </message>
    </context>
    <context>
        <name>RulesWindow</name>
        <message>
            <source>随访规则</source>
            <translation>Follow-up rules</translation>
        </message>
        <message>
            <source>从文件导入新版本…</source>
            <translation>Import a new version from file…</translation>
        </message>
        <message>
            <source>导出选中版本…</source>
            <translation>Export the selected version…</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>各版本（新版本在上）</source>
            <translation>Versions (newest first)</translation>
        </message>
        <message>
            <source>只有乡镇计生干部或管理员可以导入新版本</source>
            <translation>Only a township officer or an administrator can import a new version</translation>
        </message>
        <message>
            <source>还没有随访规则</source>
            <translation>No follow-up rules yet</translation>
        </message>
        <message>
            <source>现行：第{n}版，{d}起生效，{k}条规则。{note}</source>
            <translation>In force: version {n}, effective from {d}, {k} rules. {note}</translation>
        </message>
        <message>
            <source>（现行）</source>
            <translation> (in force)</translation>
        </message>
        <message>
            <source>第{n}版的规则{s}：{d}起生效</source>
            <translation>Rules of version {n}{s}: effective from {d}</translation>
        </message>
        <message>
            <source>选择随访规则文件</source>
            <translation>Choose a follow-up rules file</translation>
        </message>
        <message>
            <source>随访规则 (*.json)</source>
            <translation>Follow-up rules (*.json)</translation>
        </message>
        <message>
            <source>不能导入</source>
            <translation>Cannot import</translation>
        </message>
        <message>
            <source>规则文件有误，没有导入</source>
            <translation>The rules file has errors and was not imported</translation>
        </message>
        <message>
            <source>文件“{f}”没有导入，现行规则不变：
{p}</source>
            <translation>The file “{f}” was not imported; the rules in force are unchanged:
{p}</translation>
        </message>
        <message>
            <source>已导入</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>已导入随访规则第{n}版，{d}起生效</source>
            <translation>Imported version {n} of the follow-up rules, effective from {d}</translation>
        </message>
        <message>
            <source>导出随访规则</source>
            <translation>Export follow-up rules</translation>
        </message>
        <message>
            <source>导出失败</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <source>已导出</source>
            <translation>Exported</translation>
        </message>
        <message>
            <source>已导出第{n}版到 {p}</source>
            <translation>Exported version {n} to {p}</translation>
        </message>
    </context>
    <context>
        <name>ShortcutSheet</name>
        <message>
            <source>键盘快捷键</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>不用鼠标也能完成每一项操作：按 Alt 加菜单后括号里的字母打开菜单，用方向键选择，回车执行；Tab 键在输入框之间移动，Esc 关闭对话框，F1 打开本窗口的说明。</source>
            <translation>Every action works without a mouse: Alt plus the underlined letter opens a menu, the arrow keys choose, Enter runs it; Tab moves between fields, Esc closes a dialog, F1 opens the guide for the window.</translation>
        </message>
        <message>
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>快捷键</source>
            <translation>Shortcut</translation>
        </message>
        <message>
            <source>从菜单用键盘</source>
            <translation>From the menus by keyboard</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>StockCardModel</name>
        <message>
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>类别</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>批号</source>
            <translation>Lot</translation>
        </message>
        <message>
            <source>收入</source>
            <translation>In</translation>
        </message>
        <message>
            <source>发出/减少</source>
            <translation>Out</translation>
        </message>
        <message>
            <source>结存</source>
            <translation>Balance</translation>
        </message>
        <message>
            <source>来源/去向</source>
            <translation>Source / destination</translation>
        </message>
        <message>
            <source>经办</source>
            <translation>By</translation>
        </message>
    </context>
    <context>
        <name>StockDialog</name>
        <message>
            <source>先到期先发（自动选批号）</source>
            <translation>First expiry, first out (automatic)</translation>
        </message>
        <message>
            <source>{l}　有效期至 {e}　结存 {b}</source>
            <translation>{l}  expires {e}  balance {b}</translation>
        </message>
    </context>
    <context>
        <name>StockMenu</name>
        <message>
            <source>库存(&amp;S)</source>
            <translation>&amp;Stock</translation>
        </message>
        <message>
            <source>药具库存(&amp;K)…</source>
            <translation>Contraceptive stoc&amp;k…</translation>
        </message>
        <message>
            <source>库存卡、批号、近效期、入库、发放、调整、盘点</source>
            <translation>Stock cards, lots, near expiry, receive, issue, adjust, count</translation>
        </message>
        <message>
            <source>发放药具给所选妇女(&amp;I)…</source>
            <translation>&amp;Issue to the selected woman…</translation>
        </message>
        <message>
            <source>登记册中选中一位妇女，发放药具并记为一次随访</source>
            <translation>Issue contraceptives to the woman selected in the register, recorded as a visit</translation>
        </message>
        <message>
            <source>药具月报及申领单(&amp;R)…</source>
            <translation>Monthly stock &amp;report and requisition…</translation>
        </message>
        <message>
            <source>调拨药具到村(&amp;D)…</source>
            <translation>&amp;Dispatch stock to a village…</translation>
        </message>
        <message>
            <source>开调拨单：药具随下次数据包送到村，村确认收货后入库</source>
            <translation>Write a dispatch: it reaches the village with the next packet and enters its stock when the village confirms receipt</translation>
        </message>
        <message>
            <source>调拨单及收货情况(&amp;L)…</source>
            <translation>Dispatches and receipts (&amp;L)…</translation>
        </message>
        <message>
            <source>库存（待收货{n}）(&amp;S)</source>
            <translation>&amp;Stock ({n} to receive)</translation>
        </message>
        <message>
            <source>药具库存（待收货{n}）(&amp;K)…</source>
            <translation>Contraceptive stoc&amp;k ({n} to receive)…</translation>
        </message>
        <message>
            <source>发放药具</source>
            <translation>Issue contraceptives</translation>
        </message>
        <message>
            <source>请先在登记册中选中一位妇女</source>
            <translation>Select a woman in the register first</translation>
        </message>
    </context>
    <context>
        <name>StockStatusModel</name>
        <message>
            <source>药具</source>
            <translation>Commodity</translation>
        </message>
        <message>
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>结存</source>
            <translation>Balance</translation>
        </message>
        <message>
            <source>可用</source>
            <translation>Usable</translation>
        </message>
        <message>
            <source>月均消耗</source>
            <translation>AMC</translation>
        </message>
        <message>
            <source>库存月数</source>
            <translation>MOS</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>State</translation>
        </message>
        <message>
            <source>建议订货</source>
            <translation>Suggested order</translation>
        </message>
        <message>
            <source>近效期</source>
            <translation>Near expiry</translation>
        </message>
    </context>
    <context>
        <name>StockWindow</name>
        <message>
            <source>药具库存</source>
            <translation>Contraceptive stock</translation>
        </message>
        <message>
            <source>库存卡</source>
            <translation>Stock card</translation>
        </message>
        <message>
            <source>批号</source>
            <translation>Lots</translation>
        </message>
        <message>
            <source>近效期（≤90天）</source>
            <translation>Near expiry (≤ 90 days)</translation>
        </message>
        <message>
            <source>待收货</source>
            <translation>To receive</translation>
        </message>
        <message>
            <source>入库…</source>
            <translation>Receive…</translation>
        </message>
        <message>
            <source>发放…</source>
            <translation>Issue…</translation>
        </message>
        <message>
            <source>调整…</source>
            <translation>Adjust…</translation>
        </message>
        <message>
            <source>盘点…</source>
            <translation>Count…</translation>
        </message>
        <message>
            <source>冲销所选…</source>
            <translation>Reverse selected…</translation>
        </message>
        <message>
            <source>月报及申领单…</source>
            <translation>Monthly report…</translation>
        </message>
        <message>
            <source>刷新</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>颜色：红＝缺货　黄＝偏低（不足{a}个月）　蓝＝过多（超过{b}个月）</source>
            <translation>Colours: red = stock-out, yellow = low (under {a} months), blue = over (more than {b} months)</translation>
        </message>
        <message>
            <source>近效期（≤90天）：{n}</source>
            <translation>Near expiry (≤ 90 days): {n}</translation>
        </message>
        <message>
            <source>待收货：{n}</source>
            <translation>To receive: {n}</translation>
        </message>
        <message>
            <source>已确认收货：调拨单{n}已记入库存</source>
            <translation>Receipt confirmed: dispatch {n} entered in stock</translation>
        </message>
        <message>
            <source>{c}（{u}）库存卡：{a}起，期初结存 {o}，共{n}行</source>
            <translation>{c} ({u}) stock card from {a}: opening balance {o}, {n} lines</translation>
        </message>
        <message>
            <source>已保存（操作 {u}）</source>
            <translation>Saved (action {u})</translation>
        </message>
        <message>
            <source>冲销</source>
            <translation>Reverse</translation>
        </message>
        <message>
            <source>冲销 {d} 的这笔记录及同一操作的各行，原因：</source>
            <translation>Reverse this entry of {d} and the other lines of the same action. Reason:</translation>
        </message>
        <message>
            <source>不能冲销</source>
            <translation>Cannot reverse</translation>
        </message>
        <message>
            <source>已冲销</source>
            <translation>Reversed</translation>
        </message>
        <message>
            <source>月报及申领单</source>
            <translation>Monthly report and requisition</translation>
        </message>
        <message>
            <source>月份（YYYY-MM）：</source>
            <translation>Month (YYYY-MM):</translation>
        </message>
        <message>
            <source>保存月报及申领单</source>
            <translation>Save the monthly report and requisition</translation>
        </message>
        <message>
            <source>PDF (*.pdf);;Excel (*.xlsx);;JSON (*.json)</source>
            <translation>PDF (*.pdf);;Excel (*.xlsx);;JSON (*.json)</translation>
        </message>
        <message>
            <source>已写出 {p}</source>
            <translation>Written: {p}</translation>
        </message>
        <message>
            <source>正在生成月报…</source>
            <translation>Preparing the monthly report…</translation>
        </message>
    </context>
    <context>
        <name>SubmissionBoardModel</name>
        <message>
            <source>按时</source>
            <translation>On time</translation>
        </message>
        <message>
            <source>逾期报送</source>
            <translation>Sent late</translation>
        </message>
        <message>
            <source>逾期未报</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>未到期限</source>
            <translation>Not yet due</translation>
        </message>
        <message>
            <source>村</source>
            <translation>Village</translation>
        </message>
        <message>
            <source>最近同步</source>
            <translation>Last sync</translation>
        </message>
        <message>
            <source>从未</source>
            <translation>Never</translation>
        </message>
        <message>
            <source>截止日期：{d}</source>
            <translation>Deadline: {d}</translation>
        </message>
    </context>
    <context>
        <name>SubmissionBoardWindow</name>
        <message>
            <source>各村报表报送情况</source>
            <translation>Returns submitted by the villages</translation>
        </message>
        <message>
            <source> 个月</source>
            <translation> months</translation>
        </message>
        <message>
            <source>刷新</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>显示最近</source>
            <translation>Show the last</translation>
        </message>
        <message>
            <source>黄色：逾期报送；红色：截止日期已过仍未报送。截止日期为报表期次月的第{d}日。</source>
            <translation>Yellow: sent late; red: not sent by the deadline. The deadline is day {d} of the month after the period.</translation>
        </message>
        <message>
            <source>正在读取…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>{n}个村，{late}处逾期</source>
            <translation>{n} villages, {late} late or overdue</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>导入完成</source>
            <translation>Import finished</translation>
        </message>
        <message>
            <source>新建{h}户，用时{s:.1f}秒。</source>
            <translation>{h} new households, {s:.1f} seconds.</translation>
        </message>
    </context>
    <context>
        <name>SyncCompareModel</name>
        <message>
            <source>项目</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>本站版本</source>
            <translation>This site's version</translation>
        </message>
        <message>
            <source>对方版本</source>
            <translation>Other site's version</translation>
        </message>
        <message>
            <source>两边不同</source>
            <translation>Differs between the two sites</translation>
        </message>
    </context>
    <context>
        <name>SyncMenu</name>
        <message>
            <source>同步(&amp;Y)</source>
            <translation>S&amp;ync</translation>
        </message>
        <message>
            <source>立即同步(&amp;S)</source>
            <translation>&amp;Sync now</translation>
        </message>
        <message>
            <source>通过网络把本站的更改发给乡镇，并取回乡镇的数据包</source>
            <translation>Send this site's changes to the township over the network and fetch the township's packet</translation>
        </message>
        <message>
            <source>导出数据包到U盘(&amp;E)…</source>
            <translation>&amp;Export packets to USB…</translation>
        </message>
        <message>
            <source>把尚未确认收到的更改写成数据包文件</source>
            <translation>Write the changes not yet acknowledged into packet files</translation>
        </message>
        <message>
            <source>导入数据包(&amp;I)…</source>
            <translation>&amp;Import packets…</translation>
        </message>
        <message>
            <source>导入对方发来的数据包文件</source>
            <translation>Import packet files sent by the other side</translation>
        </message>
        <message>
            <source>待核对记录(&amp;V)…</source>
            <translation>Re&amp;view conflicts…</translation>
        </message>
        <message>
            <source>两边都修改过的记录：采用对方版本或保留本地版本</source>
            <translation>Records changed at both sites: take the other site's version or keep this site's</translation>
        </message>
        <message>
            <source>写出本站登记文件(&amp;W)…</source>
            <translation>&amp;Write this site's enrolment file…</translation>
        </message>
        <message>
            <source>把本站的公钥写到U盘，交给对方导入</source>
            <translation>Write this site's public keys to a USB stick for the other side to import</translation>
        </message>
        <message>
            <source>导入对方登记文件(&amp;R)…</source>
            <translation>&amp;Read the other site's enrolment file…</translation>
        </message>
        <message>
            <source>信任对方站点：导入它的登记文件</source>
            <translation>Trust the other site: import its enrolment file</translation>
        </message>
        <message>
            <source>查看待核对记录(&amp;V)</source>
            <translation>Re&amp;view conflicts</translation>
        </message>
        <message>
            <source>上次同步：{t}</source>
            <translation>Last sync: {t}</translation>
        </message>
        <message>
            <source>尚未同步</source>
            <translation>Never synced</translation>
        </message>
        <message>
            <source>待核对记录 ({n})(&amp;V)…</source>
            <translation>Re&amp;view conflicts ({n})…</translation>
        </message>
        <message>
            <source>有{n}条记录在两边都被修改过，未覆盖本站的记录：请在“同步 → 待核对记录”中逐条核对。</source>
            <translation>{n} record(s) were changed at both sites and were not overwritten here: review them in “Sync → Review conflicts”.</translation>
        </message>
        <message>
            <source>选择U盘或文件夹</source>
            <translation>Choose a USB stick or folder</translation>
        </message>
        <message>
            <source>还没有登记任何站点：请先导入对方的登记文件</source>
            <translation>No site enrolled yet: import the other side's enrolment file first</translation>
        </message>
        <message>
            <source>导出数据包</source>
            <translation>Export packets</translation>
        </message>
        <message>
            <source>{f}：{n}条更改</source>
            <translation>{f}: {n} changes</translation>
        </message>
        <message>
            <source>选择数据包文件</source>
            <translation>Choose packet files</translation>
        </message>
        <message>
            <source>数据包 (*.fpk)</source>
            <translation>Packets (*.fpk)</translation>
        </message>
        <message>
            <source>导入数据包</source>
            <translation>Import packets</translation>
        </message>
        <message>
            <source>同步服务器</source>
            <translation>Sync server</translation>
        </message>
        <message>
            <source>乡镇同步服务器地址（如 http://192.168.1.10:8765）：</source>
            <translation>Township sync server address (e.g. http://192.168.1.10:8765):</translation>
        </message>
        <message>
            <source>正在同步…</source>
            <translation>Synchronising…</translation>
        </message>
        <message>
            <source>同步</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>本站登记文件：{p}
指纹：{f}（请与对方电话核对）</source>
            <translation>This site's enrolment file: {p}
Fingerprint: {f} (check it with the other side by phone)</translation>
        </message>
        <message>
            <source>站点登记</source>
            <translation>Site enrolment</translation>
        </message>
        <message>
            <source>选择对方的登记文件</source>
            <translation>Choose the other site's enrolment file</translation>
        </message>
        <message>
            <source>登记文件 (fpreg-enrol-*.json)</source>
            <translation>Enrolment files (fpreg-enrol-*.json)</translation>
        </message>
        <message>
            <source>已登记站点 {c} {n}
指纹：{f}（请与对方电话核对）</source>
            <translation>Enrolled site {c} {n}
Fingerprint: {f} (check it with the other side by phone)</translation>
        </message>
    </context>
    <context>
        <name>SyncReviewModel</name>
        <message>
            <source>类别</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>记录</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>不同项</source>
            <translation>Differences</translation>
        </message>
        <message>
            <source>来自</source>
            <translation>From</translation>
        </message>
        <message>
            <source>收到时间</source>
            <translation>Received</translation>
        </message>
    </context>
    <context>
        <name>SyncReviewWindow</name>
        <message>
            <source>待核对的冲突记录</source>
            <translation>Conflicting records to review</translation>
        </message>
        <message>
            <source>这些记录在本站和对方站点都被修改过。导入数据包时没有用对方的内容覆盖本站的记录，请逐条核对：采用对方版本，或保留本地版本。可按住 Ctrl 或 Shift 选择多条一起处理。</source>
            <translation>These records were changed both at this site and at the other site. Importing the packet did not overwrite this site's records with the other site's content; review each one: take the other site's version, or keep this site's. Hold Ctrl or Shift to select several and settle them together.</translation>
        </message>
        <message>
            <source>没有待核对的记录。

导入数据包时，如果某条记录在本站和对方都被修改过，它会出现在这里，等您决定采用哪一个版本。</source>
            <translation>Nothing to review.

When an imported packet holds a record that was changed both here and at the other site, it appears here until you decide which version stands.</translation>
        </message>
        <message>
            <source>采用对方版本(&amp;A)…</source>
            <translation>T&amp;ake theirs…</translation>
        </message>
        <message>
            <source>本站记录改为对方的内容（Alt+A）</source>
            <translation>Change this site's record to the other site's content (Alt+A)</translation>
        </message>
        <message>
            <source>保留本地版本(&amp;K)…</source>
            <translation>&amp;Keep ours…</translation>
        </message>
        <message>
            <source>不采用对方的修改，本站记录不变，下次同步时发给对方（Alt+K）</source>
            <translation>Do not take the other site's change; this site's record stays as it is and is sent to the other site at the next sync (Alt+K)</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>选择左边的一条记录，查看两边的内容。</source>
            <translation>Select a record on the left to see both versions.</translation>
        </message>
        <message>
            <source>{k}：{r}</source>
            <translation>{k}: {r}</translation>
        </message>
        <message>
            <source>来自 {s}，收到于 {t}</source>
            <translation>From {s}, received {t}</translation>
        </message>
        <message>
            <source>本站版本 {v}（{by} 于 {at} 修改）；对方版本 {w}（{tby} 于 {tat} 修改）</source>
            <translation>This site: version {v} (changed by {by} at {at}); other site: version {w} (changed by {tby} at {tat})</translation>
        </message>
        <message>
            <source>本站已没有这条记录，只能保留本地版本。</source>
            <translation>This record is no longer in this database; it can only be kept as it is.</translation>
        </message>
        <message>
            <source>有{n}项不同（黄色标出）。</source>
            <translation>{n} field(s) differ (highlighted in yellow).</translation>
        </message>
        <message>
            <source>共{n}条待核对，已选{m}条</source>
            <translation>{n} to review, {m} selected</translation>
        </message>
        <message>
            <source>共{n}条待核对</source>
            <translation>{n} to review</translation>
        </message>
        <message>
            <source>采用{s}的版本：本站“{r}”（{k}）有{n}项将改为对方的内容。
这次修改记入本站的更改记录，下次同步时发给对方。

确定采用对方版本吗？</source>
            <translation>Take the version of {s}: {n} field(s) of “{r}” ({k}) at this site will change to the other site's content.
The change is logged as this site's own and sent to the other site at the next sync.

Take the other site's version?</translation>
        </message>
        <message>
            <source>保留本站“{r}”（{k}）的版本：不采用{s}的修改，本站记录不变。
本站版本记入本站的更改记录，下次同步时发给对方，对方的记录也改为本站版本。

确定保留本地版本吗？</source>
            <translation>Keep this site's version of “{r}” ({k}): the change from {s} is not taken and this site's record stays as it is.
This site's version is logged and sent to the other site at the next sync; the other site's record then changes to it too.

Keep this site's version?</translation>
        </message>
        <message>
            <source>对所选的{n}条记录采用对方的版本：本站记录改为对方的内容，修改记入本站的更改记录，下次同步时发给对方。

确定采用对方版本吗？</source>
            <translation>Take the other site's version of the {n} selected records: this site's records change to the other site's content; the changes are logged as this site's own and sent to the other site at the next sync.

Take the other site's version?</translation>
        </message>
        <message>
            <source>对所选的{n}条记录保留本站的版本：不采用对方的修改，本站记录不变，下次同步时发给对方。

确定保留本地版本吗？</source>
            <translation>Keep this site's version of the {n} selected records: the other site's changes are not taken, this site's records stay as they are and are sent to the other site at the next sync.

Keep this site's version?</translation>
        </message>
        <message>
            <source>采用对方版本</source>
            <translation>Take theirs</translation>
        </message>
        <message>
            <source>保留本地版本</source>
            <translation>Keep ours</translation>
        </message>
        <message>
            <source>已采用对方版本：{n}条记录</source>
            <translation>Took the other site's version: {n} record(s)</translation>
        </message>
        <message>
            <source>已保留本地版本：{n}条记录</source>
            <translation>Kept this site's version: {n} record(s)</translation>
        </message>
        <message>
            <source>；还有{n}条待核对</source>
            <translation>; {n} still to review</translation>
        </message>
    </context>
    <context>
        <name>TownshipMenu</name>
        <message>
            <source>乡镇(&amp;T)</source>
            <translation>&amp;Township</translation>
        </message>
        <message>
            <source>各村登记册（只读）</source>
            <translation>Villages' registers (read-only)</translation>
        </message>
        <message>
            <source>报表报送情况</source>
            <translation>Returns submitted</translation>
        </message>
        <message>
            <source>跨村重复登记与转移</source>
            <translation>Cross-village duplicates and transfers</translation>
        </message>
        <message>
            <source>乡镇汇总报表</source>
            <translation>Township return</translation>
        </message>
    </context>
    <context>
        <name>TownshipRegisterModel</name>
        <message>
            <source>村</source>
            <translation>Village</translation>
        </message>
    </context>
    <context>
        <name>TownshipRegisterWindow</name>
        <message>
            <source>各村登记册（只读）</source>
            <translation>Villages' registers (read-only)</translation>
        </message>
        <message>
            <source>全部村</source>
            <translation>All villages</translation>
        </message>
        <message>
            <source>在册</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>已注销</source>
            <translation>Exited</translation>
        </message>
        <message>
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <source>姓名、拼音首字母、身份证号或电话</source>
            <translation>Name, pinyin initials, ID number or phone</translation>
        </message>
        <message>
            <source>发起转移…</source>
            <translation>Request transfer…</translation>
        </message>
        <message>
            <source>各村的登记只能由该村修改；乡镇可发起跨村转移</source>
            <translation>A village's entries are changed only by that village; the township can request a transfer</translation>
        </message>
        <message>
            <source>村</source>
            <translation>Village</translation>
        </message>
        <message>
            <source>只读：各村的登记由该村修改，同步后在此显示。</source>
            <translation>Read-only: each village edits its own entries; changes show here after sync.</translation>
        </message>
        <message>
            <source>共 {n} 人</source>
            <translation>{n} women</translation>
        </message>
    </context>
    <context>
        <name>TownshipReturnModel</name>
        <message>
            <source>部分</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>指标</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>数值</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>单位</source>
            <translation>Unit</translation>
        </message>
    </context>
    <context>
        <name>TownshipReturnWindow</name>
        <message>
            <source>乡镇汇总报表</source>
            <translation>Township return</translation>
        </message>
        <message>
            <source>YYYY-MM、YYYYQn 或 YYYY</source>
            <translation>YYYY-MM, YYYYQn or YYYY</translation>
        </message>
        <message>
            <source>汇总</source>
            <translation>Sum</translation>
        </message>
        <message>
            <source>报表期</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>正在汇总…</source>
            <translation>Summing…</translation>
        </message>
        <message>
            <source>{p}：汇总了{n}个村的已报月报（{s}）</source>
            <translation>{p}: sum of {n} villages' closed returns ({s})</translation>
        </message>
        <message>
            <source>{p}：还没有收到任何村的已报月报</source>
            <translation>{p}: no village's closed return has arrived yet</translation>
        </message>
    </context>
    <context>
        <name>TransferReceiveDialog</name>
        <message>
            <source>登记转入的妇女</source>
            <translation>Register a woman transferred in</translation>
        </message>
        <message>
            <source>{n}从{a}转入本村。请填写她在本村的村民小组和户编号。</source>
            <translation>{n} is transferred in from {a}. Enter her village group and household number here.</translation>
        </message>
        <message>
            <source>村民小组</source>
            <translation>Village group</translation>
        </message>
        <message>
            <source>户编号</source>
            <translation>Household no.</translation>
        </message>
        <message>
            <source>住址</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>登记</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>TransferRequestDialog</name>
        <message>
            <source>发起跨村转移</source>
            <translation>Request a transfer between villages</translation>
        </message>
        <message>
            <source>把“{n}”的登记从{a}转到另一个村。
转出村注销她的登记卡（原因：转出），转入村按申请登记她；两村同步后此申请自动完成。</source>
            <translation>Move “{n}”'s registration from {a} to another village.
The old village exits her card (reason: transferred), the new village registers her from this request; it completes once both have synced.</translation>
        </message>
        <message>
            <source>例如：婚嫁迁入向阳村</source>
            <translation>e.g. married into Xiangyang village</translation>
        </message>
        <message>
            <source>转入村</source>
            <translation>To village</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>发起转移</source>
            <translation>Request transfer</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>没有可转入的村</source>
            <translation>No other village to transfer to</translation>
        </message>
    </context>
    <context>
        <name>TransfersModel</name>
        <message>
            <source>申请日期</source>
            <translation>Requested</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>身份证号</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>转出→转入</source>
            <translation>From → to</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>办理进度</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>进行中</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>已完成</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>已取消</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>等待转出村注销和转入村登记</source>
            <translation>Waiting for both villages</translation>
        </message>
        <message>
            <source>转入村已登记，等待转出村注销</source>
            <translation>Registered in the new village; waiting for the old village</translation>
        </message>
        <message>
            <source>转出村已注销，等待转入村登记</source>
            <translation>Exited in the old village; waiting for the new village</translation>
        </message>
        <message>
            <source>两村均已办理</source>
            <translation>Done in both villages</translation>
        </message>
    </context>
    <context>
        <name>VersionsModel</name>
        <message>
            <source>版本</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>生效日期</source>
            <translation>Effective from</translation>
        </message>
        <message>
            <source>规则数</source>
            <translation>Rules</translation>
        </message>
        <message>
            <source>现行</source>
            <translation>In force</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>导入人/时间</source>
            <translation>Imported by / at</translation>
        </message>
        <message>
            <source>第{n}版</source>
            <translation>Version {n}</translation>
        </message>
    </context>
    <context>
        <name>VillageTransferMenu</name>
        <message>
            <source>跨村转移(&amp;T)</source>
            <translation>&amp;Transfers</translation>
        </message>
        <message>
            <source>乡镇转来的转移申请</source>
            <translation>Transfer requests from the township</translation>
        </message>
    </context>
    <context>
        <name>VillageTransfersWindow</name>
        <message>
            <source>跨村转移（乡镇转来的申请）</source>
            <translation>Transfers between villages (requests from the township)</translation>
        </message>
        <message>
            <source>注销（转出）</source>
            <translation>Exit (transferred out)</translation>
        </message>
        <message>
            <source>登记（转入）…</source>
            <translation>Register (transferred in)…</translation>
        </message>
        <message>
            <source>乡镇发起的转移申请：转出的妇女在本村注销，转入的妇女在本村登记。办理后同步给乡镇。</source>
            <translation>Transfer requests from the township: exit the women who moved away, register the women who moved in. Then sync with the township.</translation>
        </message>
        <message>
            <source>待办{n}条</source>
            <translation>{n} to do</translation>
        </message>
        <message>
            <source>没有待办的转移申请</source>
            <translation>No transfer request to do</translation>
        </message>
    </context>
    <context>
        <name>VisitDialog</name>
        <message>
            <source>{n}：{t}</source>
            <translation>{n}: {t}</translation>
        </message>
        <message>
            <source>（{l}）</source>
            <translation> ({l})</translation>
        </message>
        <message>
            <source>记录随访 - {n}</source>
            <translation>Record visit - {n}</translation>
        </message>
        <message>
            <source>随访日期</source>
            <translation>Visit date</translation>
        </message>
        <message>
            <source>随访类型</source>
            <translation>Visit type</translation>
        </message>
        <message>
            <source>随访情况</source>
            <translation>Findings</translation>
        </message>
        <message>
            <source>如：无不适，环位正常</source>
            <translation>e.g. no complaints, IUD in place</translation>
        </message>
        <message>
            <source>发放药具</source>
            <translation>Supplies given</translation>
        </message>
        <message>
            <source>（未发放）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>数量</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>药具说明</source>
            <translation>Other supplies</translation>
        </message>
        <message>
            <source>其他发放的物品（可不填）</source>
            <translation>anything else handed over (optional)</translation>
        </message>
        <message>
            <source>下一步</source>
            <translation>Next step</translation>
        </message>
        <message>
            <source>如：下月复查</source>
            <translation>e.g. check again next month</translation>
        </message>
    </context>
    <context>
        <name>WomanCardDialog</name>
        <message>
            <source>记录随访…</source>
            <translation>Record visit…</translation>
        </message>
        <message>
            <source>开始避孕方法…</source>
            <translation>Start method…</translation>
        </message>
        <message>
            <source>停用避孕方法…</source>
            <translation>Stop method…</translation>
        </message>
        <message>
            <source>登记手术…</source>
            <translation>Procedure…</translation>
        </message>
        <message>
            <source>登记检查…</source>
            <translation>Check…</translation>
        </message>
        <message>
            <source>生活事件…</source>
            <translation>Life event…</translation>
        </message>
        <message>
            <source>编辑…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>育龄妇女登记卡 - {n}</source>
            <translation>Card of a woman of reproductive age - {n}</translation>
        </message>
        <message>
            <source>此登记已作废：{r}</source>
            <translation>This entry was voided: {r}</translation>
        </message>
        <message>
            <source>（{a}岁）</source>
            <translation> (aged {a})</translation>
        </message>
        <message>
            <source>个人</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>户</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>{n}组</source>
            <translation>Group {n}</translation>
        </message>
        <message>
            <source>登记卡</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>（未填）</source>
            <translation>(not filled in)</translation>
        </message>
        <message>
            <source>注销</source>
            <translation>Exit</translation>
        </message>
        <message>
            <source>在册</source>
            <translation>On register</translation>
        </message>
        <message>
            <source>婚姻</source>
            <translation>Marriage</translation>
        </message>
        <message>
            <source>{f}：</source>
            <translation>{f}:</translation>
        </message>
        <message>
            <source>服务与修改记录</source>
            <translation>Services and changes</translation>
        </message>
    </context>
    <context>
        <name>WomanDialog</name>
        <message>
            <source>编辑育龄妇女登记</source>
            <translation>Edit woman of reproductive age</translation>
        </message>
        <message>
            <source>新增育龄妇女登记</source>
            <translation>Add woman of reproductive age</translation>
        </message>
        <message>
            <source>由避孕方法和生活事件自动得出；请在登记卡上登记开始/停用方法或事件</source>
            <translation>Derived from her methods and life events; record a method start/stop or an event on her card</translation>
        </message>
        <message>
            <source>{n}组</source>
            <translation>Group {n}</translation>
        </message>
        <message>
            <source>如 1990-05-17</source>
            <translation>e.g. 1990-05-17</translation>
        </message>
        <message>
            <source>（未填）</source>
            <translation>(not filled in)</translation>
        </message>
        <message>
            <source>18位身份证号</source>
            <translation>18-digit ID number</translation>
        </message>
        <message>
            <source>由身份证号自动填写</source>
            <translation>Filled in from the ID number</translation>
        </message>
        <message>
            <source>从何地流入</source>
            <translation>Where she came from</translation>
        </message>
        <message>
            <source>流出到何地</source>
            <translation>Where she went</translation>
        </message>
        <message>
            <source>基本信息</source>
            <translation>Basic information</translation>
        </message>
        <message>
            <source>户籍</source>
            <translation>Household registration</translation>
        </message>
        <message>
            <source>居住</source>
            <translation>Residence</translation>
        </message>
        <message>
            <source>婚姻与节育</source>
            <translation>Marriage and contraception</translation>
        </message>
        <message>
            <source>{f}：</source>
            <translation>{f}:</translation>
        </message>
        <message>
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>查看已登记的人</source>
            <translation>See the registered person</translation>
        </message>
        <message>
            <source>无法保存</source>
            <translation>Cannot save</translation>
        </message>
    </context>
    <context>
        <name>_Job</name>
        <message>
            <source>出错了：{e}</source>
            <translation>Something went wrong: {e}</translation>
        </message>
    </context>
    <context>
        <name>_JobPage</name>
        <message>
            <source>已取消</source>
            <translation>Cancelled</translation>
        </message>
    </context>
    <context>
        <name>_KindDialog</name>
        <message>
            <source>项目</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>地点</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>如：乡镇卫生院</source>
            <translation>e.g. township health centre</translation>
        </message>
        <message>
            <source>服务人员</source>
            <translation>Provider</translation>
        </message>
        <message>
            <source>结果</source>
            <translation>Result</translation>
        </message>
    </context>
    <context>
        <name>application</name>
        <message>
            <source>村计生服务室登记系统</source>
            <translation>Village Family Planning Register</translation>
        </message>
        <message>
            <source>登记文件未导入</source>
            <translation>Enrolment file not imported</translation>
        </message>
        <message>
            <source>自动备份失败</source>
            <translation>Automatic backup failed</translation>
        </message>
        <message>
            <source>无法打开数据库</source>
            <translation>Cannot open the database</translation>
        </message>
        <message>
            <source>数据库已创建，但乡镇的登记文件没有导入：{e}
以后可以在“同步”菜单中再导入。</source>
            <translation>The database was created, but the township's enrolment file was not imported: {e}
You can import it later from the Sync menu.</translation>
        </message>
        <message>
            <source>今天的自动备份没有成功：{e}</source>
            <translation>Today's automatic backup did not succeed: {e}</translation>
        </message>
        <message>
            <source>今日自动备份已完成：{p}</source>
            <translation>Today's automatic backup is done: {p}</translation>
        </message>
    </context>
    <context>
        <name>ask</name>
        <message>
            <source>作废登记</source>
            <translation>Void entry</translation>
        </message>
        <message>
            <source>自动锁屏时间</source>
            <translation>Idle lock time</translation>
        </message>
        <message>
            <source>无操作多少分钟后自动锁屏（1–240）：</source>
            <translation>Lock the screen after how many minutes without input (1–240):</translation>
        </message>
        <message>
            <source>注销登记</source>
            <translation>Exit card</translation>
        </message>
        <message>
            <source>注销原因</source>
            <translation>Exit reason</translation>
        </message>
        <message>
            <source>注销日期</source>
            <translation>Exit date</translation>
        </message>
        <message>
            <source>作废“{n}”的登记（仅用于录入错误的记录；迁出、死亡等请用“注销”）。
请填写作废原因：</source>
            <translation>Void the entry of “{n}” (only for entries made in error; use “Exit” for moving out, death, etc.).
Please give the reason for voiding:</translation>
        </message>
        <message>
            <source>注销“{n}”的育龄妇女登记卡（人员信息仍保留）。</source>
            <translation>Exit the card of “{n}” from the register of women of reproductive age (her personal record is kept).</translation>
        </message>
    </context>
    <context>
        <name>auth</name>
        <message>
            <source>用户名或密码不正确</source>
            <translation>Wrong user name or password</translation>
        </message>
        <message>
            <source>系统（命令行）</source>
            <translation>System (command line)</translation>
        </message>
        <message>
            <source>用户名不能为空</source>
            <translation>The user name must not be empty</translation>
        </message>
        <message>
            <source>自动锁屏时间应在1到240分钟之间</source>
            <translation>The idle lock time must be between 1 and 240 minutes</translation>
        </message>
        <message>
            <source>原密码不正确</source>
            <translation>The old password is wrong</translation>
        </message>
        <message>
            <source>密码至少需要{n}个字符</source>
            <translation>The password needs at least {n} characters</translation>
        </message>
        <message>
            <source>未知的角色“{r}”</source>
            <translation>Unknown role “{r}”</translation>
        </message>
        <message>
            <source>用户名“{u}”已存在</source>
            <translation>The user name “{u}” already exists</translation>
        </message>
        <message>
            <source>密码错误次数过多，账户已锁定，请{m}分钟后再试或请管理员解锁</source>
            <translation>Too many wrong passwords: the account is locked. Try again in {m} minutes or ask an administrator to unlock it</translation>
        </message>
        <message>
            <source>当前用户（{u}，{r}）无权执行此操作</source>
            <translation>The current user ({u}, {r}) is not allowed to do this</translation>
        </message>
        <message>
            <source>村计生专干</source>
            <translation>Village FP worker</translation>
        </message>
        <message>
            <source>乡镇计生办</source>
            <translation>Township FP office</translation>
        </message>
        <message>
            <source>管理员</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>密码连续错误{n}次，账户已锁定{m}分钟</source>
            <translation>Wrong password {n} times in a row: the account is locked for {m} minutes</translation>
        </message>
        <message>
            <source>（还可尝试{n}次）</source>
            <translation> ({n} attempts left)</translation>
        </message>
    </context>
    <context>
        <name>backup</name>
        <message>
            <source>数据库文件“{p}”不存在，无法备份</source>
            <translation>The database file “{p}” does not exist; nothing to back up</translation>
        </message>
        <message>
            <source>“{p}”不是已初始化的站点数据库，无法备份</source>
            <translation>“{p}” is not a set-up site database; cannot back it up</translation>
        </message>
        <message>
            <source>无法打开数据库“{p}”：{e}</source>
            <translation>Cannot open the database “{p}”: {e}</translation>
        </message>
        <message>
            <source>数据库“{p}”无法读取（{e}），不能备份；请运行 fpreg check 检查</source>
            <translation>The database “{p}” cannot be read ({e}) and cannot be backed up; run fpreg check</translation>
        </message>
        <message>
            <source>备份写入“{p}”后校验失败（{e}）；磁盘或U盘可能有问题，请换一个位置重试</source>
            <translation>The backup written to “{p}” failed its check ({e}); the disk or USB stick may be faulty, try another place</translation>
        </message>
        <message>
            <source>“{p}”所在的磁盘（或U盘）空间不足，未写完的文件已删除，原有数据没有改动。请清理空间或换一个位置后重试</source>
            <translation>The disk (or USB stick) holding “{p}” is full; the unfinished file was deleted and your data is unchanged. Free some space or choose another place and try again</translation>
        </message>
        <message>
            <source>无法写入文件夹“{p}”（只读、写保护或没有权限），原有数据没有改动。请检查U盘的写保护开关或换一个文件夹</source>
            <translation>Cannot write to the folder “{p}” (read-only, write-protected or no permission); your data is unchanged. Check the USB stick's write-protect switch or choose another folder</translation>
        </message>
        <message>
            <source>写入“{p}”时出错：{e}</source>
            <translation>Error while writing to “{p}”: {e}</translation>
        </message>
        <message>
            <source>“{p}”所在的磁盘（或U盘）空间不足：需要约{n} MB，只剩{f} MB。请清理空间或换一个位置后重试</source>
            <translation>Not enough space on the disk (or USB stick) holding “{p}”: about {n} MB needed, only {f} MB free. Free some space or choose another place and try again</translation>
        </message>
        <message>
            <source>“{p}”不是文件夹</source>
            <translation>“{p}” is not a folder</translation>
        </message>
        <message>
            <source>复制到数据文件夹后校验失败（{e}），原数据库没有改动</source>
            <translation>The copy in the data folder failed its check ({e}); the database was not changed</translation>
        </message>
        <message>
            <source>备份已恢复，但同步序号的处理失败（{e}）；请在同步前联系乡镇</source>
            <translation>The backup was restored, but resetting the sync sequence failed ({e}); contact the township before syncing</translation>
        </message>
        <message>
            <source>备份文件“{p}”已损坏（{e}），不能用来恢复；请换一个备份文件</source>
            <translation>The backup file “{p}” is damaged ({e}) and cannot be restored; choose another backup</translation>
        </message>
        <message>
            <source>备份文件“{p}”是空的（0字节），备份没有写完，不能使用</source>
            <translation>The backup file “{p}” is empty (0 bytes): the backup was never finished and cannot be used</translation>
        </message>
        <message>
            <source>“{p}”不是数据库备份文件（可能选错了文件），不能用来恢复</source>
            <translation>“{p}” is not a database backup (perhaps the wrong file) and cannot be restored</translation>
        </message>
        <message>
            <source>备份文件“{p}”不完整（文件被截断），不能使用</source>
            <translation>The backup file “{p}” is incomplete (truncated) and cannot be used</translation>
        </message>
        <message>
            <source>备份文件“{p}”不完整（文件被截断：应有{e}字节，只有{s}字节），不能使用</source>
            <translation>The backup file “{p}” is incomplete (truncated: {e} bytes expected, only {s}) and cannot be used</translation>
        </message>
        <message>
            <source>“{p}”是一个文件夹，请选择备份文件</source>
            <translation>“{p}” is a folder; choose a backup file</translation>
        </message>
        <message>
            <source>备份文件“{p}”不存在</source>
            <translation>The backup file “{p}” does not exist</translation>
        </message>
        <message>
            <source>无法读取备份文件“{p}”：{e}</source>
            <translation>Cannot read the backup file “{p}”: {e}</translation>
        </message>
        <message>
            <source>无法打开备份文件“{p}”：{e}</source>
            <translation>Cannot open the backup file “{p}”: {e}</translation>
        </message>
        <message>
            <source>“{p}”是别的程序的数据库，不是本系统的备份，不能用来恢复</source>
            <translation>“{p}” is another program's database, not a backup of this system; it cannot be restored</translation>
        </message>
        <message>
            <source>备份“{p}”由较新版本的程序写入（数据库版本{f}，本程序支持到{c}），请先升级本程序再恢复</source>
            <translation>The backup “{p}” was written by a newer version (database version {f}, this program supports up to {c}); upgrade this program before restoring it</translation>
        </message>
        <message>
            <source>备份“{p}”里没有站点信息，不是完整的站点数据库</source>
            <translation>The backup “{p}” has no site information; it is not a complete site database</translation>
        </message>
        <message>
            <source>备份“{p}”属于站点{s}（{n}），不是本站点{e}的备份；恢复它会用别的站点的数据覆盖本站点，已拒绝</source>
            <translation>The backup “{p}” belongs to site {s} ({n}), not to this site {e}; restoring it would overwrite this site with another site's data, so it was refused</translation>
        </message>
        <message>
            <source>读取备份文件“{p}”时出错：{e}</source>
            <translation>Error while reading the backup file “{p}”: {e}</translation>
        </message>
    </context>
    <context>
        <name>card_timeline</name>
        <message>
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>操作人</source>
            <translation>By</translation>
        </message>
        <message>
            <source>事项</source>
            <translation>What</translation>
        </message>
        <message>
            <source>内容</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>checks</name>
        <message>
            <source>{n}（{g}组，户号{h}）</source>
            <translation>{n} (group {g}, household {h})</translation>
        </message>
        <message>
            <source>婚姻状况为已婚，但没有现存的婚姻登记</source>
            <translation>Marital status is married, but there is no current marriage record</translation>
        </message>
        <message>
            <source>性别为男，不应有育龄妇女登记卡</source>
            <translation>The person is male and should not have a card of a woman of reproductive age</translation>
        </message>
        <message>
            <source>无名</source>
            <translation>(no name)</translation>
        </message>
        <message>
            <source>{d}登记怀孕，当时绝育术记录仍然有效，请核对怀孕或绝育记录</source>
            <translation>Pregnancy registered on {d} while a sterilisation was on record; please check the pregnancy or the sterilisation record</translation>
        </message>
        <message>
            <source>{d}登记了取环，但此前没有上环记录，也没有在用的宫内节育器</source>
            <translation>IUD removal on {d}, but no earlier insertion and no IUD in use is on record</translation>
        </message>
        <message>
            <source>已登记子女的孩次共{n}个，最大为第{m}孩，孩次有缺号或重复</source>
            <translation>{n} children with a birth order on record, the highest {m}: birth orders have a gap or a repeat</translation>
        </message>
        <message>
            <source>{d}的{v}早于引起随访的事件（最早{e}），请核对日期</source>
            <translation>The {v} on {d} is dated before the event that calls for it (earliest {e}); please check the date</translation>
        </message>
        <message>
            <source>{a}（{s}起）与{b}（{t}起）的使用时间重叠</source>
            <translation>{a} (from {s}) and {b} (from {t}) overlap in time</translation>
        </message>
        <message>
            <source>缺少{f}</source>
            <translation>{f} is missing</translation>
        </message>
        <message>
            <source>身份证号{i}重复登记（还登记给了：{o}）</source>
            <translation>ID number {i} is registered more than once (also registered to: {o})</translation>
        </message>
        <message>
            <source>生育子女“{c}”（{d}）时年仅{a}岁，不足{m}岁，请核对出生日期或母亲</source>
            <translation>Only {a} when her child “{c}” was born ({d}), younger than {m}; check the date of birth or the mother</translation>
        </message>
        <message>
            <source>现年{a}岁，已满{x}周岁仍在育龄妇女登记册上，应注销</source>
            <translation>Aged {a}, past {x}, yet still on the register of women of reproductive age; the card should exit</translation>
        </message>
        <message>
            <source>数据库文件损坏：{e}，请从备份恢复</source>
            <translation>The database file is damaged: {e}; restore it from a backup</translation>
        </message>
        <message>
            <source>表{t}第{r}行引用的{p}记录不存在</source>
            <translation>Row {r} of table {t} refers to a {p} record that does not exist</translation>
        </message>
    </context>
    <context>
        <name>codes</name>
        <message>
            <source>男</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>女</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>农业</source>
            <translation>Rural</translation>
        </message>
        <message>
            <source>非农业</source>
            <translation>Urban</translation>
        </message>
        <message>
            <source>户主</source>
            <translation>Head of household</translation>
        </message>
        <message>
            <source>配偶</source>
            <translation>Spouse</translation>
        </message>
        <message>
            <source>儿子</source>
            <translation>Son</translation>
        </message>
        <message>
            <source>女儿</source>
            <translation>Daughter</translation>
        </message>
        <message>
            <source>儿媳</source>
            <translation>Daughter-in-law</translation>
        </message>
        <message>
            <source>女婿</source>
            <translation>Son-in-law</translation>
        </message>
        <message>
            <source>孙子女</source>
            <translation>Grandchild</translation>
        </message>
        <message>
            <source>父母</source>
            <translation>Parent</translation>
        </message>
        <message>
            <source>公婆/岳父母</source>
            <translation>Parent-in-law</translation>
        </message>
        <message>
            <source>兄弟姐妹</source>
            <translation>Sibling</translation>
        </message>
        <message>
            <source>其他</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>常住</source>
            <translation>Resident</translation>
        </message>
        <message>
            <source>流入</source>
            <translation>In-migrant</translation>
        </message>
        <message>
            <source>流出</source>
            <translation>Out-migrant</translation>
        </message>
        <message>
            <source>全家外出</source>
            <translation>Whole family away</translation>
        </message>
        <message>
            <source>空挂户</source>
            <translation>Registered only</translation>
        </message>
        <message>
            <source>未婚</source>
            <translation>Single</translation>
        </message>
        <message>
            <source>已婚</source>
            <translation>Married</translation>
        </message>
        <message>
            <source>离婚</source>
            <translation>Divorced</translation>
        </message>
        <message>
            <source>丧偶</source>
            <translation>Widowed</translation>
        </message>
        <message>
            <source>宫内节育器</source>
            <translation>IUD</translation>
        </message>
        <message>
            <source>女扎</source>
            <translation>Female sterilisation</translation>
        </message>
        <message>
            <source>男扎</source>
            <translation>Male sterilisation</translation>
        </message>
        <message>
            <source>皮埋</source>
            <translation>Implant</translation>
        </message>
        <message>
            <source>针剂</source>
            <translation>Injectable</translation>
        </message>
        <message>
            <source>口服药</source>
            <translation>Pill</translation>
        </message>
        <message>
            <source>避孕套</source>
            <translation>Condom</translation>
        </message>
        <message>
            <source>其他方法</source>
            <translation>Other method</translation>
        </message>
        <message>
            <source>未避孕</source>
            <translation>No method</translation>
        </message>
        <message>
            <source>现孕</source>
            <translation>Pregnant</translation>
        </message>
        <message>
            <source>待孕</source>
            <translation>Waiting to conceive</translation>
        </message>
        <message>
            <source>不孕</source>
            <translation>Infertile</translation>
        </message>
        <message>
            <source>绝经</source>
            <translation>Menopausal</translation>
        </message>
        <message>
            <source>满50周岁</source>
            <translation>Reached 50</translation>
        </message>
        <message>
            <source>迁出</source>
            <translation>Moved out</translation>
        </message>
        <message>
            <source>死亡</source>
            <translation>Died</translation>
        </message>
        <message>
            <source>转出</source>
            <translation>Transferred</translation>
        </message>
        <message>
            <source>初婚</source>
            <translation>First marriage</translation>
        </message>
        <message>
            <source>再婚</source>
            <translation>Remarriage</translation>
        </message>
        <message>
            <source>村计生专干</source>
            <translation>Village FP worker</translation>
        </message>
        <message>
            <source>乡镇计生办</source>
            <translation>Township FP office</translation>
        </message>
        <message>
            <source>管理员</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>村</source>
            <translation>Village</translation>
        </message>
        <message>
            <source>乡镇</source>
            <translation>Township</translation>
        </message>
        <message>
            <source>DMPA（3个月针）</source>
            <translation>DMPA (3-monthly injection)</translation>
        </message>
        <message>
            <source>NET-EN（2个月针）</source>
            <translation>NET-EN (2-monthly injection)</translation>
        </message>
        <message>
            <source>月针</source>
            <translation>Monthly injectable</translation>
        </message>
        <message>
            <source>副作用</source>
            <translation>Side effects</translation>
        </message>
        <message>
            <source>想要孩子</source>
            <translation>Wants a child</translation>
        </message>
        <message>
            <source>避孕失败</source>
            <translation>Method failure</translation>
        </message>
        <message>
            <source>放置宫内节育器</source>
            <translation>IUD insertion</translation>
        </message>
        <message>
            <source>取出宫内节育器</source>
            <translation>IUD removal</translation>
        </message>
        <message>
            <source>女性绝育术</source>
            <translation>Female sterilisation</translation>
        </message>
        <message>
            <source>男性绝育术</source>
            <translation>Male sterilisation</translation>
        </message>
        <message>
            <source>皮下埋植</source>
            <translation>Implant insertion</translation>
        </message>
        <message>
            <source>取出皮埋</source>
            <translation>Implant removal</translation>
        </message>
        <message>
            <source>妇检</source>
            <translation>Reproductive-health check</translation>
        </message>
        <message>
            <source>孕前优生健康检查</source>
            <translation>Pre-pregnancy check</translation>
        </message>
        <message>
            <source>宫颈癌筛查</source>
            <translation>Cervical screening</translation>
        </message>
        <message>
            <source>结婚</source>
            <translation>Marriage</translation>
        </message>
        <message>
            <source>登记怀孕</source>
            <translation>Pregnancy registered</translation>
        </message>
        <message>
            <source>妊娠结局</source>
            <translation>Pregnancy outcome</translation>
        </message>
        <message>
            <source>出生申报</source>
            <translation>Birth declared</translation>
        </message>
        <message>
            <source>迁入</source>
            <translation>Moved in</translation>
        </message>
        <message>
            <source>状况登记</source>
            <translation>Status declared</translation>
        </message>
        <message>
            <source>活产</source>
            <translation>Live birth</translation>
        </message>
        <message>
            <source>流产/死产</source>
            <translation>Loss (miscarriage/stillbirth)</translation>
        </message>
        <message>
            <source>DMPA注射</source>
            <translation>DMPA injection</translation>
        </message>
        <message>
            <source>NET-EN注射</source>
            <translation>NET-EN injection</translation>
        </message>
        <message>
            <source>月针注射</source>
            <translation>Monthly injection</translation>
        </message>
        <message>
            <source>发放口服避孕药</source>
            <translation>Pills issued</translation>
        </message>
        <message>
            <source>发放避孕套</source>
            <translation>Condoms issued</translation>
        </message>
        <message>
            <source>分娩</source>
            <translation>Birth</translation>
        </message>
        <message>
            <source>流入人口登记</source>
            <translation>In-migrant registered</translation>
        </message>
        <message>
            <source>每年妇检</source>
            <translation>Yearly RH check</translation>
        </message>
        <message>
            <source>上环随访</source>
            <translation>IUD follow-up</translation>
        </message>
        <message>
            <source>取环随访</source>
            <translation>IUD removal follow-up</translation>
        </message>
        <message>
            <source>绝育术随访</source>
            <translation>Sterilisation follow-up</translation>
        </message>
        <message>
            <source>皮埋随访</source>
            <translation>Implant follow-up</translation>
        </message>
        <message>
            <source>皮埋到期取出</source>
            <translation>Implant removal due</translation>
        </message>
        <message>
            <source>注射到期</source>
            <translation>Injection due</translation>
        </message>
        <message>
            <source>口服药续领</source>
            <translation>Pill resupply</translation>
        </message>
        <message>
            <source>避孕套续领</source>
            <translation>Condom resupply</translation>
        </message>
        <message>
            <source>孕期随访</source>
            <translation>Pregnancy care visit</translation>
        </message>
        <message>
            <source>产后访视</source>
            <translation>Postpartum visit</translation>
        </message>
        <message>
            <source>新婚访视</source>
            <translation>Newly-wed visit</translation>
        </message>
        <message>
            <source>流入人口访视</source>
            <translation>In-migrant visit</translation>
        </message>
        <message>
            <source>妇检提醒</source>
            <translation>RH check reminder</translation>
        </message>
        <message>
            <source>其他随访</source>
            <translation>Other visit</translation>
        </message>
        <message>
            <source>未到期</source>
            <translation>Early</translation>
        </message>
        <message>
            <source>到期</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>逾期</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>错过</source>
            <translation>Missed</translation>
        </message>
        <message>
            <source>口服避孕药（周期）</source>
            <translation>Oral pills (cycles)</translation>
        </message>
        <message>
            <source>避孕套（只）</source>
            <translation>Condoms (pieces)</translation>
        </message>
    </context>
    <context>
        <name>db</name>
        <message>
            <source>作废必须填写原因</source>
            <translation>Voiding needs a reason</translation>
        </message>
        <message>
            <source>这条记录已经作废</source>
            <translation>This entry is already voided</translation>
        </message>
        <message>
            <source>这条记录刚被其他人修改过，请关闭后重新打开再改</source>
            <translation>Someone else has just changed this entry; close it, open it again and redo the change</translation>
        </message>
        <message>
            <source>“{p}”是一个文件夹，不是数据库文件</source>
            <translation>“{p}” is a folder, not a database file</translation>
        </message>
        <message>
            <source>“{p}”不是本系统的数据库文件（文件已损坏或是其他类型的文件）</source>
            <translation>“{p}” is not a database file of this program (the file is damaged or of another kind)</translation>
        </message>
        <message>
            <source>数据库文件“{p}”已损坏（{e}），请从备份恢复</source>
            <translation>The database file “{p}” is damaged ({e}); restore it from a backup</translation>
        </message>
        <message>
            <source>无法读取数据库文件“{p}”：{e}</source>
            <translation>Cannot read the database file “{p}”: {e}</translation>
        </message>
        <message>
            <source>数据库文件“{p}”无法打开：{e}</source>
            <translation>The database file “{p}” cannot be opened: {e}</translation>
        </message>
        <message>
            <source>数据库文件“{p}”正被另一个程序锁定，请关闭其他正在使用它的窗口后重试</source>
            <translation>The database file “{p}” is locked by another program; close other windows using it and try again</translation>
        </message>
        <message>
            <source>此数据库由较新版本的程序写入（数据库版本{f}，本程序支持到{c}），为避免损坏数据已拒绝打开；请先升级本程序</source>
            <translation>This database was written by a newer version of the program (database version {f}, this program supports up to {c}); it was not opened, to avoid damaging data. Please upgrade this program first</translation>
        </message>
        <message>
            <source>数据库文件“{p}”不存在</source>
            <translation>The database file “{p}” does not exist</translation>
        </message>
        <message>
            <source>“{p}”是别的程序的SQLite数据库，不是本系统的数据库文件</source>
            <translation>“{p}” is an SQLite database of another program, not a database file of this program</translation>
        </message>
        <message>
            <source>无法打开数据库“{p}”：{e}</source>
            <translation>Cannot open the database “{p}”: {e}</translation>
        </message>
    </context>
    <context>
        <name>demo</name>
        <message>
            <source>{g}组{k}号</source>
            <translation>Group {g}, No. {k}</translation>
        </message>
        <message>
            <source>育龄妇女人数至少为1</source>
            <translation>The number of women must be at least 1</translation>
        </message>
        <message>
            <source>红旗村</source>
            <translation>Hongqi Village</translation>
        </message>
        <message>
            <source>村计生专干</source>
            <translation>Village FP worker</translation>
        </message>
        <message>
            <source>数据库文件“{p}”已存在，不会覆盖</source>
            <translation>The database file “{p}” already exists and will not be overwritten</translation>
        </message>
    </context>
    <context>
        <name>disclosure</name>
        <message>
            <source>季度应写作 2026Q4</source>
            <translation>Write the quarter as 2026Q4</translation>
        </message>
        <message>
            <source>{site}计划生育工作公开栏</source>
            <translation>{site} family planning notice board</translation>
        </message>
        <message>
            <source>一、人口情况（季末）</source>
            <translation>1. Population (end of quarter)</translation>
        </message>
        <message>
            <source>二、本季度出生</source>
            <translation>2. Births this quarter</translation>
        </message>
        <message>
            <source>三、奖励扶助</source>
            <translation>3. Incentives</translation>
        </message>
        <message>
            <source>以上为汇总数字，不含个人信息。对公开内容有疑问，请到村计生服务室咨询。</source>
            <translation>Aggregate figures only, no personal information. Questions: ask at the village family planning service room.</translation>
        </message>
        <message>
            <source>项目</source>
            <translation>Scheme</translation>
        </message>
        <message>
            <source>享受人数</source>
            <translation>Recipients</translation>
        </message>
        <message>
            <source>本季度发放金额（元）</source>
            <translation>Paid this quarter (yuan)</translation>
        </message>
        <message>
            <source>合计</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>{site}村民委员会</source>
            <translation>{site} villagers' committee</translation>
        </message>
        <message>
            <source>{y}年第{q}季度（{a} 至 {b}）</source>
            <translation>{y} Q{q} ({a} to {b})</translation>
        </message>
        <message>
            <source>{site}　挂牌公开　{q}</source>
            <translation>{site}  notice board  {q}</translation>
        </message>
        <message>
            <source>户数</source>
            <translation>Households</translation>
        </message>
        <message>
            <source>男</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>女</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>合计人口</source>
            <translation>Population</translation>
        </message>
        <message>
            <source>男孩</source>
            <translation>Boys</translation>
        </message>
        <message>
            <source>女孩</source>
            <translation>Girls</translation>
        </message>
        <message>
            <source>纸张应为 A4 或 A3</source>
            <translation>Paper must be A4 or A3</translation>
        </message>
        <message>
            <source>负责人签字：</source>
            <translation>Signed (head):</translation>
        </message>
        <message>
            <source>经办人签字：</source>
            <translation>Signed (clerk):</translation>
        </message>
        <message>
            <source>（盖章）</source>
            <translation> (stamp)</translation>
        </message>
        <message>
            <source>第 {n} 页</source>
            <translation>Page {n}</translation>
        </message>
        <message>
            <source>{y}年{m}月{d}日</source>
            <translation>{y}-{m}-{d}</translation>
        </message>
        <message>
            <source>月份应写作 2026-11</source>
            <translation>Write the month as 2026-11</translation>
        </message>
        <message>
            <source>{site}{t}</source>
            <translation>{site} {t}</translation>
        </message>
        <message>
            <source>一、免费避孕药具</source>
            <translation>1. Free contraceptives</translation>
        </message>
        <message>
            <source>二、服务时间</source>
            <translation>2. Service hours</translation>
        </message>
        <message>
            <source>三、政策宣传</source>
            <translation>3. Policy information</translation>
        </message>
        <message>
            <source>四、奖励扶助标准（现行）</source>
            <translation>4. Incentive amounts (in force)</translation>
        </message>
        <message>
            <source>宣传橱窗</source>
            <translation>Display case</translation>
        </message>
        <message>
            <source>{y}年{m}月</source>
            <translation>{y}-{m}</translation>
        </message>
        <message>
            <source>{site}　宣传橱窗　{m}</source>
            <translation>{site}  display case  {m}</translation>
        </message>
        <message>
            <source>读不了橱窗模板“{p}”：{e}</source>
            <translation>Cannot read the display-case template "{p}": {e}</translation>
        </message>
        <message>
            <source>橱窗模板“{p}”缺少列表 {k}</source>
            <translation>The display-case template "{p}" lacks the list {k}</translation>
        </message>
        <message>
            <source>服务地点：{c}</source>
            <translation>Where: {c}</translation>
        </message>
        <message>
            <source>{n}：{terms}</source>
            <translation>{n}: {terms}</translation>
        </message>
        <message>
            <source>序号</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>村民小组</source>
            <translation>Village group</translation>
        </message>
        <message>
            <source>身份证号</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>享受项目</source>
            <translation>Scheme</translation>
        </message>
        <message>
            <source>金额</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>还没有公示（请先用“张榜公示”登记一批对象）</source>
            <translation>No public notice yet (post one with "Public notice" first)</translation>
        </message>
        <message>
            <source>年</source>
            <translation>year</translation>
        </message>
        <message>
            <source>{site}{title}</source>
            <translation>{site} {title}</translation>
        </message>
        <message>
            <source>季度</source>
            <translation>quarter</translation>
        </message>
        <message>
            <source>月</source>
            <translation>month</translation>
        </message>
        <message>
            <source>，联系人：{c}</source>
            <translation>, contact: {c}</translation>
        </message>
        <message>
            <source>没有公示 {u}</source>
            <translation>No public notice {u}</translation>
        </message>
        <message>
            <source>公示期：{a} 至 {b}（共{n}天）</source>
            <translation>On the board: {a} to {b} ({n} days)</translation>
        </message>
        <message>
            <source>经本人申请（或村核查）、村审核，下列{n}人拟享受奖励扶助，现予公示，接受群众监督。</source>
            <translation>After application (or the village's check) and village review, the following {n} people are proposed for incentives; this list is posted for public scrutiny.</translation>
        </message>
        <message>
            <source>如有异议，请于{d}前到{place}反映{contact}。反映情况请实事求是，我们将为反映人保密。</source>
            <translation>Objections by {d} at {place}{contact}. Please state facts; the objector's identity is kept confidential.</translation>
        </message>
        <message>
            <source>{site}　村务公开　{t}</source>
            <translation>{site}  public disclosure  {t}</translation>
        </message>
        <message>
            <source>{a}元/{p}</source>
            <translation>{a} yuan/{p}</translation>
        </message>
        <message>
            <source>（领取人留存）</source>
            <translation> (recipient's copy)</translation>
        </message>
        <message>
            <source>（村委会存档）</source>
            <translation> (village copy)</translation>
        </message>
        <message>
            <source>{site}奖励扶助金领取凭证</source>
            <translation>{site} incentive payment receipt</translation>
        </message>
        <message>
            <source>领取人</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <source>发放期</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>金额（小写）</source>
            <translation>Amount (figures)</translation>
        </message>
        <message>
            <source>发放方式</source>
            <translation>Payment method</translation>
        </message>
        <message>
            <source>金额（大写）</source>
            <translation>Amount (in words)</translation>
        </message>
        <message>
            <source>凭证号</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>发放日期</source>
            <translation>Paid on</translation>
        </message>
        <message>
            <source>领取人签字</source>
            <translation>Recipient's signature</translation>
        </message>
        <message>
            <source>没有发放记录 {u}</source>
            <translation>No payment {u}</translation>
        </message>
        <message>
            <source>{site}　现金发放凭证</source>
            <translation>{site}  cash payment receipt</translation>
        </message>
        <message>
            <source>{a}元</source>
            <translation>{a} yuan</translation>
        </message>
        <message>
            <source>经办人签字：　　　　　　　　　　打印日期：{d}</source>
            <translation>Clerk's signature:                    Printed: {d}</translation>
        </message>
    </context>
    <context>
        <name>events</name>
        <message>
            <source>她的登记卡已注销</source>
            <translation>Her card has already been closed</translation>
        </message>
        <message>
            <source>{d}时已有登记的怀孕尚无妊娠结局</source>
            <translation>On {d} a registered pregnancy has no outcome yet</translation>
        </message>
        <message>
            <source>{d}时没有登记的怀孕，不能登记妊娠结局</source>
            <translation>No pregnancy is registered on {d}; a pregnancy outcome cannot be recorded</translation>
        </message>
        <message>
            <source>不能为空</source>
            <translation>Required</translation>
        </message>
        <message>
            <source>她已有现存的婚姻登记</source>
            <translation>She already has a current marriage on record</translation>
        </message>
        <message>
            <source>迁入须填写来自何地</source>
            <translation>A move-in needs the place she came from</translation>
        </message>
        <message>
            <source>“{v}”不像一个姓名</source>
            <translation>“{v}” does not look like a name</translation>
        </message>
    </context>
    <context>
        <name>first_run</name>
        <message>
            <source>数据文件夹</source>
            <translation>data folder</translation>
        </message>
        <message>
            <source>备份文件夹</source>
            <translation>backup folder</translation>
        </message>
        <message>
            <source>界面语言应为简体中文或English</source>
            <translation>The language must be Simplified Chinese or English</translation>
        </message>
        <message>
            <source>请选择本机用于村服务室还是乡镇</source>
            <translation>Choose whether this PC serves a village service room or a township</translation>
        </message>
        <message>
            <source>请填写站点名称（村或乡镇的名字）</source>
            <translation>Enter the site name (the village or township)</translation>
        </message>
        <message>
            <source>乡镇代码不能与本站点代码相同</source>
            <translation>The township code cannot be the same as this site's code</translation>
        </message>
        <message>
            <source>请填写管理员的用户名</source>
            <translation>Enter the administrator's user name</translation>
        </message>
        <message>
            <source>两次输入的密码不一致</source>
            <translation>The two passwords do not match</translation>
        </message>
        <message>
            <source>备份文件夹应与数据文件夹分开（最好在另一块磁盘或U盘上）</source>
            <translation>The backup folder must differ from the data folder (best on another disk or a USB stick)</translation>
        </message>
        <message>
            <source>站点代码“{v}”不正确：应为2到20个字母、数字或下划线，例如 V001</source>
            <translation>The site code “{v}” is not valid: use 2 to 20 letters, digits or underscores, e.g. V001</translation>
        </message>
        <message>
            <source>乡镇代码“{v}”不正确：应为2到20个字母、数字或下划线</source>
            <translation>The township code “{v}” is not valid: use 2 to 20 letters, digits or underscores</translation>
        </message>
        <message>
            <source>密码至少需要{n}个字符</source>
            <translation>The password needs at least {n} characters</translation>
        </message>
        <message>
            <source>找不到登记文件“{p}”：请插好U盘后重新选择，或先跳过</source>
            <translation>The enrolment file “{p}” was not found: plug in the USB stick and choose it again, or skip this step</translation>
        </message>
        <message>
            <source>请选择{w}</source>
            <translation>Choose the {w}</translation>
        </message>
        <message>
            <source>数据文件夹里已有数据库“{p}”，不会覆盖；如需恢复旧数据请用“恢复备份”</source>
            <translation>The data folder already holds a database “{p}”; it will not be overwritten. To bring back old data use “Restore backup”</translation>
        </message>
    </context>
    <context>
        <name>form_fields</name>
        <message>
            <source>“{v}”不是有效的日期，请按 1990-05-17 的格式填写</source>
            <translation>“{v}” is not a valid date; write it like 1990-05-17</translation>
        </message>
    </context>
    <context>
        <name>history_text</name>
        <message>
            <source>注销原因</source>
            <translation>Exit reason</translation>
        </message>
        <message>
            <source>注销日期</source>
            <translation>Exit date</translation>
        </message>
        <message>
            <source>作废</source>
            <translation>Void</translation>
        </message>
        <message>
            <source>在世</source>
            <translation>Alive</translation>
        </message>
        <message>
            <source>死亡日期</source>
            <translation>Date of death</translation>
        </message>
        <message>
            <source>迁入日期</source>
            <translation>Date moved in</translation>
        </message>
        <message>
            <source>迁出日期</source>
            <translation>Date moved out</translation>
        </message>
        <message>
            <source>婚姻结束日期</source>
            <translation>Date the marriage ended</translation>
        </message>
        <message>
            <source>婚姻结束原因</source>
            <translation>Why the marriage ended</translation>
        </message>
        <message>
            <source>性别</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>（空）</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>是</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>否</source>
            <translation>No</translation>
        </message>
        <message>
            <source>登记卡</source>
            <translation>card</translation>
        </message>
        <message>
            <source>个人信息</source>
            <translation>personal details</translation>
        </message>
        <message>
            <source>婚姻</source>
            <translation>marriage</translation>
        </message>
        <message>
            <source>户</source>
            <translation>household</translation>
        </message>
        <message>
            <source>避孕方法</source>
            <translation>method</translation>
        </message>
        <message>
            <source>手术</source>
            <translation>procedure</translation>
        </message>
        <message>
            <source>检查</source>
            <translation>check</translation>
        </message>
        <message>
            <source>生活事件</source>
            <translation>life event</translation>
        </message>
        <message>
            <source>随访</source>
            <translation>visit</translation>
        </message>
        <message>
            <source>新增{t}</source>
            <translation>Added {t}</translation>
        </message>
        <message>
            <source>作废{t}</source>
            <translation>Voided {t}</translation>
        </message>
        <message>
            <source>原因：{r}</source>
            <translation>Reason: {r}</translation>
        </message>
        <message>
            <source>修改{t}</source>
            <translation>Changed {t}</translation>
        </message>
        <message>
            <source>{f}：{old} → {new}</source>
            <translation>{f}: {old} → {new}</translation>
        </message>
        <message>
            <source>（原因：{r}）</source>
            <translation> (reason: {r})</translation>
        </message>
    </context>
    <context>
        <name>idnumber</name>
        <message>
            <source>身份证号为空</source>
            <translation>The ID number is empty</translation>
        </message>
        <message>
            <source>身份证号被表格软件存成了数字（{v}），末尾几位已丢失，请在表格中把该列设为文本后重新填写</source>
            <translation>The ID number was stored as a number by the spreadsheet ({v}) and its last digits are lost; set the column to text in the spreadsheet and enter it again</translation>
        </message>
        <message>
            <source>身份证号“{v}”是科学计数法，末尾几位已丢失，无法还原；请在表格中把该列设为文本后重新填写</source>
            <translation>The ID number “{v}” is in scientific notation and its last digits are lost for good; set the column to text in the spreadsheet and enter it again</translation>
        </message>
        <message>
            <source>身份证号“{v}”被表格软件当作数字处理过，请核对原件后重新填写</source>
            <translation>The ID number “{v}” was treated as a number by the spreadsheet; check it against the original and enter it again</translation>
        </message>
        <message>
            <source>身份证号中的出生日期{d}不可能</source>
            <translation>The date of birth {d} in the ID number is impossible</translation>
        </message>
        <message>
            <source>出生日期{b}与身份证号中的{i}不一致</source>
            <translation>The date of birth {b} does not match {i} in the ID number</translation>
        </message>
        <message>
            <source>性别与身份证号第17位不一致（第17位{d}表示{s}）</source>
            <translation>The sex does not match digit 17 of the ID number (digit 17 is {d}, meaning {s})</translation>
        </message>
        <message>
            <source>身份证号第{a}–{b}位的出生日期“{d}”不是有效日期</source>
            <translation>The date of birth “{d}” in digits {a}–{b} of the ID number is not a valid date</translation>
        </message>
        <message>
            <source>身份证号第{pos}位“{ch}”不是数字</source>
            <translation>Character {pos} of the ID number, “{ch}”, is not a digit</translation>
        </message>
        <message>
            <source>身份证号应为18位（或旧的15位），实为{n}位</source>
            <translation>The ID number should have 18 digits (or the old 15), but has {n}</translation>
        </message>
        <message>
            <source>男</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>女</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>身份证号第18位校验码应为“{e}”，实为“{a}”：请逐位核对号码</source>
            <translation>The check digit (18th) of the ID number should be “{e}”, not “{a}”: check the number digit by digit</translation>
        </message>
    </context>
    <context>
        <name>import</name>
        <message>
            <source>{y}年{m}月</source>
            <translation>{m}/{y}</translation>
        </message>
        <message>
            <source>“{v}”不是有效日期（应写成1990-05-17）</source>
            <translation>“{v}” is not a valid date (write it as 1990-05-17)</translation>
        </message>
        <message>
            <source>“{v}”不是村民小组的编号</source>
            <translation>“{v}” is not a village group number</translation>
        </message>
        <message>
            <source>“{v}”不是有效日期</source>
            <translation>“{v}” is not a valid date</translation>
        </message>
        <message>
            <source>育龄妇女登记册</source>
            <translation>Register of women of reproductive age</translation>
        </message>
        <message>
            <source>导出格式应为 xlsx 或 csv</source>
            <translation>The export format should be xlsx or csv</translation>
        </message>
        <message>
            <source>无法写入文件“{p}”：{e}</source>
            <translation>Cannot write the file “{p}”: {e}</translation>
        </message>
        <message>
            <source>这些列没有对应的登记项，未导入：{c}</source>
            <translation>These columns match nothing in the register and were not imported: {c}</translation>
        </message>
        <message>
            <source>表格中没有这些列，按默认值导入：{c}</source>
            <translation>The sheet lacks these columns; defaults were used: {c}</translation>
        </message>
        <message>
            <source>15位旧身份证号已转换为18位：{n}</source>
            <translation>Old 15-digit ID number converted to 18 digits: {n}</translation>
        </message>
        <message>
            <source>与第{o}行的身份证号相同，同一人不能登记两次</source>
            <translation>Same ID number as row {o}; the same person cannot be registered twice</translation>
        </message>
        <message>
            <source>与第{o}行姓名和出生日期相同，是否重复登记？</source>
            <translation>Same name and date of birth as row {o}; registered twice?</translation>
        </message>
        <message>
            <source>户编号{h}在系统中属于另一个村民小组</source>
            <translation>Household {h} belongs to another village group in the system</translation>
        </message>
        <message>
            <source>户编号{h}已在系统中，户口性质以系统中的“{x}”为准</source>
            <translation>Household {h} is already in the system; its hukou type stays “{x}” as recorded there</translation>
        </message>
        <message>
            <source>户编号{h}在第{r}行属于另一个村民小组</source>
            <translation>Household {h} belongs to another village group in row {r}</translation>
        </message>
        <message>
            <source>同一户在第{r}行的户口性质是“{x}”，以第{r}行为准</source>
            <translation>The same household has hukou type “{x}” in row {r}; row {r} wins</translation>
        </message>
        <message>
            <source>映射文件“{p}”的内容应是一个JSON对象</source>
            <translation>The mapping file “{p}” should contain a JSON object</translation>
        </message>
        <message>
            <source>映射文件“{p}”中的“{k}”应是一个JSON对象</source>
            <translation>“{k}” in the mapping file “{p}” should be a JSON object</translation>
        </message>
        <message>
            <source>映射文件“{p}”中的字段“{f}”不存在</source>
            <translation>The field “{f}” in the mapping file “{p}” does not exist</translation>
        </message>
        <message>
            <source>映射文件“{p}”中字段“{f}”的表头应是非空的文字列表</source>
            <translation>The headers of field “{f}” in the mapping file “{p}” should be a non-empty list of text</translation>
        </message>
        <message>
            <source>映射文件“{p}”中的“{f}”没有可选值</source>
            <translation>“{f}” in the mapping file “{p}” has no choices</translation>
        </message>
        <message>
            <source>映射文件“{p}”中“{f}”的取值表应是一个JSON对象</source>
            <translation>The value table of “{f}” in the mapping file “{p}” should be a JSON object</translation>
        </message>
        <message>
            <source>无法读取映射文件“{p}”：{e}</source>
            <translation>Cannot read the mapping file “{p}”: {e}</translation>
        </message>
        <message>
            <source>映射文件“{p}”不是有效的JSON（第{l}行第{c}列）</source>
            <translation>The mapping file “{p}” is not valid JSON (line {l}, column {c})</translation>
        </message>
        <message>
            <source>映射文件“{p}”中“{f}”的“{v}”对应的代码“{c}”不存在</source>
            <translation>The code “{c}” for “{v}” of “{f}” in the mapping file “{p}” does not exist</translation>
        </message>
        <message>
            <source>表格是空的</source>
            <translation>The sheet is empty</translation>
        </message>
        <message>
            <source>（空）</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>在前{n}行中找不到表头（至少要有“{name}”列）。需要的列：{e}。表中的内容：{f}</source>
            <translation>No header row found in the first {n} rows (it needs at least a “{name}” column). Columns wanted: {e}. The sheet holds: {f}</translation>
        </message>
        <message>
            <source>无法打开Excel文件“{p}”：{e}</source>
            <translation>Cannot open the Excel file “{p}”: {e}</translation>
        </message>
        <message>
            <source>{a}或{b}</source>
            <translation>{a} or {b}</translation>
        </message>
        <message>
            <source>表格“{s}”第{r}行的表头缺少这些列：{m}。需要的列：{e}；表中的表头是：{f}</source>
            <translation>The header in row {r} of sheet “{s}” lacks these columns: {m}. Columns wanted: {e}; the sheet's header is: {f}</translation>
        </message>
        <message>
            <source>表格“{s}”中有{n}处合并单元格：{c}。合并的单元格只在第一行有内容，其余各行会被当成空白。请先取消合并单元格，并把内容填到每一行，再导入。</source>
            <translation>Sheet “{s}” has {n} merged cells: {c}. A merged cell has content only in its first row; the other rows read as blank. Unmerge the cells and fill in every row, then import again.</translation>
        </message>
        <message>
            <source>文件“{p}”不存在</source>
            <translation>The file “{p}” does not exist</translation>
        </message>
        <message>
            <source>无法读取文件“{p}”：{e}</source>
            <translation>Cannot read the file “{p}”: {e}</translation>
        </message>
        <message>
            <source>不支持“{s}”文件，请使用Excel（.xlsx、.xls）或CSV文件</source>
            <translation>“{s}” files are not supported; use Excel (.xlsx, .xls) or CSV files</translation>
        </message>
        <message>
            <source>“{s}”第{r}行：{f}</source>
            <translation>“{s}” row {r}: {f}</translation>
        </message>
        <message>
            <source>文件“{p}”的编码无法识别（应为UTF-8或GBK）</source>
            <translation>The encoding of the file “{p}” is not recognised (it should be UTF-8 or GBK)</translation>
        </message>
        <message>
            <source>导入完成：读取{r}行，已导入{i}行，不能导入{x}行，需核对{w}行。</source>
            <translation>Import finished: {r} rows read, {i} imported, {x} could not be imported, {w} to check.</translation>
        </message>
        <message>
            <source>不能导入</source>
            <translation>Cannot import</translation>
        </message>
        <message>
            <source>请核对</source>
            <translation>Please check</translation>
        </message>
        <message>
            <source>试导入（未写入数据库）：读取{r}行，可导入{a}行，不能导入{x}行，需核对{w}行。</source>
            <translation>Trial import (nothing written to the database): {r} rows read, {a} can be imported, {x} cannot, {w} to check.</translation>
        </message>
        <message>
            <source>不能导入的行没有写入，请按下面的清单修改表格后，只导入这些行。</source>
            <translation>Rows that cannot be imported were not written; correct the sheet using the list below, then import just those rows.</translation>
        </message>
        <message>
            <source>第{r}行</source>
            <translation>Row {r}</translation>
        </message>
        <message>
            <source>文件：{p}（工作表“{s}”，表头在第{h}行）</source>
            <translation>File: {p} (sheet “{s}”, header in row {h})</translation>
        </message>
        <message>
            <source>只有年月（{v}），按{d}记录</source>
            <translation>Only year and month ({v}); recorded as {d}</translation>
        </message>
        <message>
            <source>“{v}”不是可选的值（可选：{c}）</source>
            <translation>“{v}” is not one of the choices (choices: {c})</translation>
        </message>
        <message>
            <source>出生年月{v}与身份证号中的{d}不一致</source>
            <translation>The year and month of birth {v} do not match {d} in the ID number</translation>
        </message>
        <message>
            <source>只有年月（{v}），没有日；请填写完整的出生日期</source>
            <translation>Only year and month ({v}), no day; please give the full date of birth</translation>
        </message>
    </context>
    <context>
        <name>incentives</name>
        <message>
            <source>每人</source>
            <translation>per person</translation>
        </message>
        <message>
            <source>每户</source>
            <translation>per household</translation>
        </message>
        <message>
            <source>每月</source>
            <translation> per month </translation>
        </message>
        <message>
            <source>每年</source>
            <translation> per year </translation>
        </message>
        <message>
            <source>按年发放</source>
            <translation>paid yearly</translation>
        </message>
        <message>
            <source>按季度发放</source>
            <translation>paid quarterly</translation>
        </message>
        <message>
            <source>按月发放</source>
            <translation>paid monthly</translation>
        </message>
        <message>
            <source>候选</source>
            <translation>Candidate</translation>
        </message>
        <message>
            <source>已申请</source>
            <translation>Applied</translation>
        </message>
        <message>
            <source>村审核通过</source>
            <translation>Passed village review</translation>
        </message>
        <message>
            <source>公示中</source>
            <translation>On notice</translation>
        </message>
        <message>
            <source>村审核未通过</source>
            <translation>Failed village review</translation>
        </message>
        <message>
            <source>已退出</source>
            <translation>Exited</translation>
        </message>
        <message>
            <source>公示期满</source>
            <translation>Notice ended</translation>
        </message>
        <message>
            <source>乡镇已批准</source>
            <translation>Approved by township</translation>
        </message>
        <message>
            <source>乡镇未批准</source>
            <translation>Refused by township</translation>
        </message>
        <message>
            <source>银行卡（一卡通）</source>
            <translation>Bank card</translation>
        </message>
        <message>
            <source>现金</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>待处理</source>
            <translation>Pending</translation>
        </message>
        <message>
            <source>异议成立</source>
            <translation>Upheld</translation>
        </message>
        <message>
            <source>异议不成立</source>
            <translation>Dismissed</translation>
        </message>
        <message>
            <source>批准</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>不批准</source>
            <translation>Refuse</translation>
        </message>
        <message>
            <source>撤销批准</source>
            <translation>Revoke approval</translation>
        </message>
        <message>
            <source>残疾证</source>
            <translation>Disability certificate</translation>
        </message>
        <message>
            <source>独生子女父母光荣证</source>
            <translation>Only-child parents' honour certificate</translation>
        </message>
        <message>
            <source>发放</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>冲正</source>
            <translation>Reversal</translation>
        </message>
        <message>
            <source>本村尚未设置所属乡镇代码，不能登记乡镇的审批或发放</source>
            <translation>This village has no township code set, so township approvals and payments cannot be recorded</translation>
        </message>
        <message>
            <source>发放方式应为 bank_card（银行卡）或 cash（现金）</source>
            <translation>Method must be bank_card or cash</translation>
        </message>
        <message>
            <source>审核不通过须写明原因</source>
            <translation>A failed review needs a reason</translation>
        </message>
        <message>
            <source>公示名单不能为空</source>
            <translation>The notice list cannot be empty</translation>
        </message>
        <message>
            <source>须写明公示地点及受理异议的地方</source>
            <translation>Say where the notice hangs and where objections are taken</translation>
        </message>
        <message>
            <source>异议内容不能为空</source>
            <translation>The objection cannot be empty</translation>
        </message>
        <message>
            <source>处理结果应为 upheld（异议成立）或 dismissed（异议不成立）</source>
            <translation>Outcome must be upheld or dismissed</translation>
        </message>
        <message>
            <source>须写明核查情况</source>
            <translation>Say what the check found</translation>
        </message>
        <message>
            <source>审批结果应为 approved、rejected 或 revoked</source>
            <translation>Decision must be approved, rejected or revoked</translation>
        </message>
        <message>
            <source>不批准或撤销须写明原因</source>
            <translation>A refusal or revocation needs a reason</translation>
        </message>
        <message>
            <source>退出须写明原因</source>
            <translation>An exit needs a reason</translation>
        </message>
        <message>
            <source>变更须写明原因</source>
            <translation>A change needs a reason</translation>
        </message>
        <message>
            <source>证件类型应为 disability 或 honour_certificate</source>
            <translation>Kind must be disability or honour_certificate</translation>
        </message>
        <message>
            <source>残疾等级应为1至4级</source>
            <translation>Disability grade must be 1 to 4</translation>
        </message>
        <message>
            <source>没有奖扶对象记录 {u}</source>
            <translation>No incentive case {u}</translation>
        </message>
        <message>
            <source>登记中没有人员 {u}</source>
            <translation>No person {u} on the register</translation>
        </message>
        <message>
            <source>没有奖扶方案“{c}”</source>
            <translation>No incentive scheme "{c}"</translation>
        </message>
        <message>
            <source>{n}已有{s}的记录，不能重复登记</source>
            <translation>{n} already has a {s} case; cannot enrol again</translation>
        </message>
        <message>
            <source>该记录当前为“{s}”，不能再做村审核</source>
            <translation>This case is "{s}"; it cannot be reviewed again</translation>
        </message>
        <message>
            <source>公示结束日期{e}早于开始日期{s}</source>
            <translation>Notice end {e} is before its start {s}</translation>
        </message>
        <message>
            <source>奖励扶助对象公示</source>
            <translation>Public notice of incentive recipients</translation>
        </message>
        <message>
            <source>{n}不在公示中，不能登记异议</source>
            <translation>{n} is not on a notice; no objection can be recorded</translation>
        </message>
        <message>
            <source>异议日期{d}不在公示期{a}至{b}内</source>
            <translation>Objection date {d} is outside the notice period {a} to {b}</translation>
        </message>
        <message>
            <source>没有异议记录 {u}</source>
            <translation>No objection {u}</translation>
        </message>
        <message>
            <source>该异议已处理：{o}</source>
            <translation>This objection is settled already: {o}</translation>
        </message>
        <message>
            <source>{n}已于{d}退出</source>
            <translation>{n} exited on {d}</translation>
        </message>
        <message>
            <source>{n}不是在册享受对象，无需年审</source>
            <translation>{n} is not an approved recipient; no yearly check needed</translation>
        </message>
        <message>
            <source>{n}已不符合条件（{c}），请办理退出</source>
            <translation>{n} no longer qualifies ({c}); please record the exit</translation>
        </message>
        <message>
            <source>{n}：当前为“{s}”，须先通过村审核才能公示</source>
            <translation>{n}: currently "{s}"; must pass village review before the notice</translation>
        </message>
        <message>
            <source>公示期只有{d}天，{s}要求至少公示{n}天</source>
            <translation>The notice runs only {d} days; {s} requires at least {n} days</translation>
        </message>
        <message>
            <source>{n}尚未批准，无可撤销</source>
            <translation>{n} is not approved; nothing to revoke</translation>
        </message>
        <message>
            <source>{n}尚未公示，不能审批</source>
            <translation>{n} has not been on notice; cannot decide</translation>
        </message>
        <message>
            <source>{n}的公示期到{d}才结束，期满后才能审批</source>
            <translation>{n}'s notice ends on {d}; decide after it ends</translation>
        </message>
        <message>
            <source>{n}有{k}条异议尚未处理，不能审批</source>
            <translation>{n} has {k} objections pending; cannot decide</translation>
        </message>
        <message>
            <source>{n}已经批准</source>
            <translation>{n} is approved already</translation>
        </message>
        <message>
            <source>公示异议成立：{n}</source>
            <translation>Objection upheld: {n}</translation>
        </message>
        <message>
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <source>冲正须写明原因</source>
            <translation>A reversal needs a reason</translation>
        </message>
        <message>
            <source>这笔发放已经冲正过</source>
            <translation>This payment has been reversed already</translation>
        </message>
        <message>
            <source>{p}时{s}尚未施行</source>
            <translation>{s} was not in force in {p}</translation>
        </message>
        <message>
            <source>{s}按“{r}”发放，发放期“{p}”不对</source>
            <translation>{s} is paid by "{r}"; period "{p}" does not fit</translation>
        </message>
        <message>
            <source>{n}未经乡镇批准享受{s}，不能发放</source>
            <translation>{n} has no township approval for {s}; cannot pay</translation>
        </message>
        <message>
            <source>{n}到{d}才批准，发放日期{p}不能早于批准日期</source>
            <translation>{n} was approved on {d}; payment date {p} cannot be earlier</translation>
        </message>
        <message>
            <source>{n}已于{d}退出（{r}），不能发放{p}的款项</source>
            <translation>{n} exited on {d} ({r}); cannot pay for {p}</translation>
        </message>
        <message>
            <source>{n}：金额{a}元与{p}施行的第{v}版标准{e}元不符</source>
            <translation>{n}: amount {a} yuan does not match version {v} in force for {p}: {e} yuan</translation>
        </message>
        <message>
            <source>{n}的{s}{p}已经发放过，不能重复发放（如有错误请先冲正）</source>
            <translation>{n} has been paid {s} for {p} already; no second payment (reverse it first if wrong)</translation>
        </message>
        <message>
            <source>{s}{p}没有待发放的对象</source>
            <translation>{s} {p}: no one to pay</translation>
        </message>
        <message>
            <source>没有发放记录 {u}</source>
            <translation>No payment {u}</translation>
        </message>
        <message>
            <source>{n}的{p}已经发放过，不能重复发放</source>
            <translation>{n} has been paid for {p} already</translation>
        </message>
        <message>
            <source>{n}不是{s}的对象</source>
            <translation>{n} is not a {s} case</translation>
        </message>
        <message>
            <source>“{p}”不是发放期（应为 2026、2026Q4 或 2026-11）</source>
            <translation>"{p}" is not a period (2026, 2026Q4 or 2026-11)</translation>
        </message>
        <message>
            <source>方案</source>
            <translation>Scheme</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>村民小组</source>
            <translation>Village group</translation>
        </message>
        <message>
            <source>户编号</source>
            <translation>Household no.</translation>
        </message>
        <message>
            <source>金额（元）</source>
            <translation>Amount (yuan)</translation>
        </message>
        <message>
            <source>不符合的条件</source>
            <translation>Conditions not met</translation>
        </message>
        <message>
            <source>发放期</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>汇总</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>发放台账</source>
            <translation>Payment ledger</translation>
        </message>
        <message>
            <source>符合条件未纳入</source>
            <translation>Eligible, not enrolled</translation>
        </message>
        <message>
            <source>已纳入不再符合</source>
            <translation>Enrolled, no longer eligible</translation>
        </message>
        <message>
            <source>已批准未发放</source>
            <translation>Approved, not paid</translation>
        </message>
        <message>
            <source>发放无批准</source>
            <translation>Paid without approval</translation>
        </message>
        <message>
            <source>批准人数</source>
            <translation>Approved people</translation>
        </message>
        <message>
            <source>批准金额（元）</source>
            <translation>Approved amount (yuan)</translation>
        </message>
        <message>
            <source>发放人数</source>
            <translation>Paid people</translation>
        </message>
        <message>
            <source>发放金额（元）</source>
            <translation>Paid amount (yuan)</translation>
        </message>
        <message>
            <source>身份证号</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>类别</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>方式</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>凭证号</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>不限</source>
            <translation>any</translation>
        </message>
        <message>
            <source>登记中无此信息</source>
            <translation>not on the register</translation>
        </message>
        <message>
            <source>符合</source>
            <translation>met</translation>
        </message>
        <message>
            <source>不符合</source>
            <translation>not met</translation>
        </message>
        <message>
            <source>有子女死亡</source>
            <translation>a child has died</translation>
        </message>
        <message>
            <source>持有独生子女父母光荣证</source>
            <translation>holds the only-child parents' honour certificate</translation>
        </message>
        <message>
            <source>农业</source>
            <translation>rural</translation>
        </message>
        <message>
            <source>非农业</source>
            <translation>urban</translation>
        </message>
        <message>
            <source>子女的母亲</source>
            <translation>the children's mother</translation>
        </message>
        <message>
            <source>本人</source>
            <translation>the person</translation>
        </message>
        <message>
            <source>子女为</source>
            <translation>children: </translation>
        </message>
        <message>
            <source>，或</source>
            <translation>, or </translation>
        </message>
        <message>
            <source>，且</source>
            <translation>, and </translation>
        </message>
        <message>
            <source>已登记</source>
            <translation>recorded</translation>
        </message>
        <message>
            <source>未登记</source>
            <translation>not recorded</translation>
        </message>
        <message>
            <source>本人健在</source>
            <translation>alive</translation>
        </message>
        <message>
            <source>本人未迁出</source>
            <translation>not moved away</translation>
        </message>
        <message>
            <source>{label}：{yes}（{detail}）</source>
            <translation>{label}: {yes} ({detail})</translation>
        </message>
        <message>
            <source>{a}至{b}{u}</source>
            <translation>{a} to {b} {u}</translation>
        </message>
        <message>
            <source>至少{n}{u}</source>
            <translation>at least {n} {u}</translation>
        </message>
        <message>
            <source>至多{n}{u}</source>
            <translation>at most {n} {u}</translation>
        </message>
        <message>
            <source>未知的条件类型“{k}”</source>
            <translation>Unknown condition type "{k}"</translation>
        </message>
        <message>
            <source>户口为{h}户口</source>
            <translation>{h} hukou</translation>
        </message>
        <message>
            <source>{w}年龄{r}</source>
            <translation>age of {w}: {r}</translation>
        </message>
        <message>
            <source>生育子女数{r}</source>
            <translation>children born: {r}</translation>
        </message>
        <message>
            <source>现存活子女{r}</source>
            <translation>children alive: {r}</translation>
        </message>
        <message>
            <source>有子女持残疾证且等级为{g}级或更重</source>
            <translation>a child holds a disability certificate of grade {g} or more severe</translation>
        </message>
        <message>
            <source>子女未满{n}周岁</source>
            <translation>children under {n}</translation>
        </message>
        <message>
            <source>生育{b}个（女{d}男{s}），存活{a}个</source>
            <translation>{b} born ({d} girls, {s} boys), {a} alive</translation>
        </message>
        <message>
            <source>死亡{n}个</source>
            <translation>{n} died</translation>
        </message>
        <message>
            <source>健在</source>
            <translation>alive</translation>
        </message>
        <message>
            <source>已死亡</source>
            <translation>died</translation>
        </message>
        <message>
            <source>已迁出</source>
            <translation>moved away</translation>
        </message>
        <message>
            <source>在册</source>
            <translation>on the register</translation>
        </message>
        <message>
            <source>恰好{n}{u}</source>
            <translation>exactly {n} {u}</translation>
        </message>
        <message>
            <source>周岁</source>
            <translation>years</translation>
        </message>
        <message>
            <source>个</source>
            <translation>child(ren)</translation>
        </message>
        <message>
            <source>{n}周岁</source>
            <translation>{n} years</translation>
        </message>
        <message>
            <source>残疾{g}级</source>
            <translation>disability grade {g}</translation>
        </message>
        <message>
            <source>最大的子女{n}周岁</source>
            <translation>eldest child {n} years</translation>
        </message>
        <message>
            <source>；</source>
            <translation>; </translation>
        </message>
        <message>
            <source>。</source>
            <translation>. </translation>
        </message>
        <message>
            <source>{w}：未知的条件“{c}”</source>
            <translation>{w}: unknown condition "{c}"</translation>
        </message>
        <message>
            <source>女儿{n}个</source>
            <translation>{n} daughters</translation>
        </message>
        <message>
            <source>儿子{n}个</source>
            <translation>{n} sons</translation>
        </message>
        <message>
            <source>{w}：any/all 条件须列出 of</source>
            <translation>{w}: an any/all condition needs 'of'</translation>
        </message>
        <message>
            <source>{w}：户口类型应为 rural 或 urban</source>
            <translation>{w}: hukou must be rural or urban</translation>
        </message>
        <message>
            <source>{w}：{k} 应为整数</source>
            <translation>{w}: {k} must be a whole number</translation>
        </message>
        <message>
            <source>{w}：children_age 须给出整数 below</source>
            <translation>{w}: children_age needs a whole number 'below'</translation>
        </message>
        <message>
            <source>{u}{p}{a}元</source>
            <translation>{a} yuan {u}{p}</translation>
        </message>
        <message>
            <source>，</source>
            <translation>, </translation>
        </message>
        <message>
            <source>unit 应为 person 或 household</source>
            <translation>unit must be person or household</translation>
        </message>
        <message>
            <source>amount_per 应为 month 或 year</source>
            <translation>amount_per must be month or year</translation>
        </message>
        <message>
            <source>rhythm 应为 year、quarter 或 month</source>
            <translation>rhythm must be year, quarter or month</translation>
        </message>
        <message>
            <source>按年计的金额只能按年发放</source>
            <translation>A yearly amount can only be paid yearly</translation>
        </message>
        <message>
            <source>公示天数应为正整数</source>
            <translation>notice_days must be a positive whole number</translation>
        </message>
        <message>
            <source>conditions 应为列表</source>
            <translation>conditions must be a list</translation>
        </message>
        <message>
            <source>金额应为非负数</source>
            <translation>The amount must not be negative</translation>
        </message>
        <message>
            <source>（{c}的，{a}元）</source>
            <translation> ({c}: {a} yuan)</translation>
        </message>
        <message>
            <source>文件不是奖扶方案表（缺少 schemes 列表）</source>
            <translation>Not an incentive scheme file (no schemes list)</translation>
        </message>
        <message>
            <source>日期应为 YYYY-MM-DD</source>
            <translation>Dates must be YYYY-MM-DD</translation>
        </message>
        <message>
            <source>第{n}个方案格式不对</source>
            <translation>Scheme {n} is malformed</translation>
        </message>
        <message>
            <source>缺少{k}</source>
            <translation>missing {k}</translation>
        </message>
        <message>
            <source>amount_tiers.{i} 须有金额</source>
            <translation>amount_tiers.{i} needs an amount</translation>
        </message>
        <message>
            <source>新版本的生效日期{d}必须晚于现行版本的生效日期{a}</source>
            <translation>The new version's effective date {d} must be after the current version's {a}</translation>
        </message>
    </context>
    <context>
        <name>methods</name>
        <message>
            <source>找不到这段避孕方法记录</source>
            <translation>This method record cannot be found</translation>
        </message>
        <message>
            <source>正在使用的方法{s}才开始，新方法的开始日期须晚于此日</source>
            <translation>The method in use started on {s}; a new method must start after that day</translation>
        </message>
        <message>
            <source>这段方法已于{d}停用</source>
            <translation>This method was already stopped on {d}</translation>
        </message>
        <message>
            <source>与{m}（{s}起）的使用时间重叠</source>
            <translation>Overlaps {m} (from {s})</translation>
        </message>
        <message>
            <source>停用日期早于开始日期{s}</source>
            <translation>The stop date is before the start date {s}</translation>
        </message>
    </context>
    <context>
        <name>procedures</name>
        <message>
            <source>找不到这位配偶的登记</source>
            <translation>This partner cannot be found on the register</translation>
        </message>
        <message>
            <source>{d}时她的{m}仍在使用，请先登记取出或停用</source>
            <translation>On {d} her {m} is still in use; record its removal or stop first</translation>
        </message>
        <message>
            <source>{d}时她没有在使用{m}，没有可取出的</source>
            <translation>On {d} she is not using {m}; there is nothing to remove</translation>
        </message>
    </context>
    <context>
        <name>register</name>
        <message>
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>身份证号</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>出生日期</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>联系电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>村民小组</source>
            <translation>Village group</translation>
        </message>
        <message>
            <source>户编号</source>
            <translation>Household no.</translation>
        </message>
        <message>
            <source>住址</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>户口性质</source>
            <translation>Hukou type</translation>
        </message>
        <message>
            <source>与户主关系</source>
            <translation>Relation to head</translation>
        </message>
        <message>
            <source>居住状况</source>
            <translation>Residence</translation>
        </message>
        <message>
            <source>流入地（来自）</source>
            <translation>Came from (in-migrants)</translation>
        </message>
        <message>
            <source>流出地（去向）</source>
            <translation>Gone to (out-migrants)</translation>
        </message>
        <message>
            <source>联系人</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <source>联系人电话</source>
            <translation>Contact phone</translation>
        </message>
        <message>
            <source>婚姻状况</source>
            <translation>Marital status</translation>
        </message>
        <message>
            <source>当前避孕/生育状况</source>
            <translation>Current contraceptive/reproductive status</translation>
        </message>
        <message>
            <source>丈夫姓名</source>
            <translation>Husband's name</translation>
        </message>
        <message>
            <source>丈夫身份证号</source>
            <translation>Husband's ID number</translation>
        </message>
        <message>
            <source>婚姻类型</source>
            <translation>Kind of marriage</translation>
        </message>
        <message>
            <source>结婚日期</source>
            <translation>Date of marriage</translation>
        </message>
        <message>
            <source>登记日期</source>
            <translation>Date registered</translation>
        </message>
        <message>
            <source>此身份证号已登记给“{n}”，同一人不能重复登记</source>
            <translation>This ID number is already registered to “{n}”; the same person cannot be registered twice</translation>
        </message>
        <message>
            <source>不能为空</source>
            <translation>Must not be empty</translation>
        </message>
        <message>
            <source>流入人口须填写来自何地</source>
            <translation>In-migrants need the place they came from</translation>
        </message>
        <message>
            <source>流出人口须填写去向</source>
            <translation>Out-migrants need the place they went to</translation>
        </message>
        <message>
            <source>流出人口须填写联系人</source>
            <translation>Out-migrants need a contact person</translation>
        </message>
        <message>
            <source>流出人口须填写联系人电话</source>
            <translation>Out-migrants need a contact phone</translation>
        </message>
        <message>
            <source>填写了丈夫或结婚日期，婚姻状况却是未婚</source>
            <translation>A husband or marriage date is filled in, but the marital status is single</translation>
        </message>
        <message>
            <source>第17位为偶数，是女性的身份证号</source>
            <translation>Digit 17 is even: this is a woman's ID number</translation>
        </message>
        <message>
            <source>此卡已注销</source>
            <translation>This card has already exited</translation>
        </message>
        <message>
            <source>没有身份证号时必须填写出生日期</source>
            <translation>A date of birth is required when there is no ID number</translation>
        </message>
        <message>
            <source>找不到这条登记记录</source>
            <translation>This entry cannot be found</translation>
        </message>
        <message>
            <source>已作废的记录不能修改</source>
            <translation>A voided entry cannot be changed</translation>
        </message>
        <message>
            <source>“{v}”不是可选的值</source>
            <translation>“{v}” is not one of the choices</translation>
        </message>
        <message>
            <source>结婚日期早于出生日期</source>
            <translation>The date of marriage is before the date of birth</translation>
        </message>
        <message>
            <source>“{v}”不像一个姓名</source>
            <translation>“{v}” does not look like a name</translation>
        </message>
        <message>
            <source>{d}是将来的日期</source>
            <translation>{d} is in the future</translation>
        </message>
        <message>
            <source>没有第{n}村民小组</source>
            <translation>There is no village group {n}</translation>
        </message>
        <message>
            <source>“{v}”不是有效的电话号码</source>
            <translation>“{v}” is not a valid phone number</translation>
        </message>
        <message>
            <source>户编号{h}属于另一个村民小组</source>
            <translation>Household {h} belongs to another village group</translation>
        </message>
        <message>
            <source>这条登记属于站点{s}，只能由该站点修改（本站点：{own}）</source>
            <translation>This entry belongs to site {s} and can only be changed there (this site: {own})</translation>
        </message>
        <message>
            <source>“{v}”不是可选的注销原因</source>
            <translation>“{v}” is not one of the exit reasons</translation>
        </message>
        <message>
            <source>现年{a}岁，不在育龄妇女登记范围（{lo}–{hi}岁）内</source>
            <translation>Aged {a} now, outside the register of women of reproductive age ({lo}–{hi})</translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <source>找不到中文字体（文泉驿微米黑 wqy-microhei.ttc），无法生成PDF。请安装 fonts-wqy-microhei，或把字体文件放到 {d}</source>
            <translation>No Chinese font found (WenQuanYi Micro Hei, wqy-microhei.ttc), so the PDF cannot be written. Install fonts-wqy-microhei, or put the font file in {d}</translation>
        </message>
    </context>
    <context>
        <name>returns</name>
        <message>
            <source>各状况人数之和等于已婚育龄妇女数</source>
            <translation>Statuses sum to the married women</translation>
        </message>
        <message>
            <source>出生按性别之和等于出生数</source>
            <translation>Births by sex sum to the births</translation>
        </message>
        <message>
            <source>出生按孩次之和等于出生数</source>
            <translation>Births by order sum to the births</translation>
        </message>
        <message>
            <source>按居住状况之和等于育龄妇女数</source>
            <translation>Residence groups sum to the women 15–49</translation>
        </message>
        <message>
            <source>首次采用与换用之和等于新采用数</source>
            <translation>First-ever and switching sum to the new acceptors</translation>
        </message>
        <message>
            <source>已婚育龄妇女不多于育龄妇女</source>
            <translation>Married women are not more than the women 15–49</translation>
        </message>
        <message>
            <source>出生记录有性别和孩次</source>
            <translation>Birth records have sex and birth order</translation>
        </message>
        <message>
            <source>每笔兑现都有批准</source>
            <translation>Every payment has an approval</translation>
        </message>
        <message>
            <source>没有妇女同时登记在两个村</source>
            <translation>No woman is registered in two villages</translation>
        </message>
        <message>
            <source>登记为已婚的妇女都有婚姻记录</source>
            <translation>Women recorded as married have a marriage record</translation>
        </message>
        <message>
            <source>各项之和{a}，总数{b}，相差{c}</source>
            <translation>Parts sum to {a}, total is {b}, difference {c}</translation>
        </message>
        <message>
            <source>兑现金额不超过批准金额</source>
            <translation>Amount paid does not exceed the amount approved</translation>
        </message>
        <message>
            <source>报表期已经结束</source>
            <translation>The period has ended</translation>
        </message>
        <message>
            <source>已婚{a}多于育龄妇女{b}</source>
            <translation>Married {a} exceed women 15–49 {b}</translation>
        </message>
        <message>
            <source>{n}条出生记录缺性别或孩次</source>
            <translation>{n} birth records lack sex or birth order</translation>
        </message>
        <message>
            <source>{n}笔兑现没有批准记录</source>
            <translation>{n} payments have no approval</translation>
        </message>
        <message>
            <source>兑现{a}元，批准{b}元</source>
            <translation>Paid {a} yuan, approved {b} yuan</translation>
        </message>
        <message>
            <source>{n}条登记的身份证号在另一个村也有登记</source>
            <translation>{n} registrations share their ID number with a registration in another village</translation>
        </message>
        <message>
            <source>{n}人登记为已婚，但没有婚姻记录，未计入已婚</source>
            <translation>{n} women are recorded as married but have no marriage record; not counted as married</translation>
        </message>
        <message>
            <source>报表期{p}尚未结束，期末数字还会变化</source>
            <translation>Period {p} has not ended; its end-of-period figures may still change</translation>
        </message>
        <message>
            <source>全部站点</source>
            <translation>All sites</translation>
        </message>
        <message>
            <source>报表期{p}尚未开始（今天是{d}），不能编制将来的报表</source>
            <translation>Period {p} has not begun (today is {d}); a return cannot be made for a future period</translation>
        </message>
        <message>
            <source>报表</source>
            <translation>Return</translation>
        </message>
        <message>
            <source>逻辑检查</source>
            <translation>Logic checks</translation>
        </message>
        <message>
            <source>站点</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>报表期</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>.pdf</source>
            <translation>.pdf</translation>
        </message>
        <message>
            <source>.xlsx</source>
            <translation>.xlsx</translation>
        </message>
        <message>
            <source>.csv</source>
            <translation>.csv</translation>
        </message>
        <message>
            <source>.json</source>
            <translation>.json</translation>
        </message>
        <message>
            <source>.adx.xml</source>
            <translation>.adx.xml</translation>
        </message>
        <message>
            <source>.dhis2.json</source>
            <translation>.dhis2.json</translation>
        </message>
        <message>
            <source>urn:ihe:qrph:adx:2015</source>
            <translation>urn:ihe:qrph:adx:2015</translation>
        </message>
        <message>
            <source>站点代码</source>
            <translation>Site code</translation>
        </message>
        <message>
            <source>填报人</source>
            <translation>Prepared by</translation>
        </message>
        <message>
            <source>计算时间</source>
            <translation>Computed at</translation>
        </message>
        <message>
            <source>检查</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>相关记录UUID</source>
            <translation>Records (UUIDs)</translation>
        </message>
        <message>
            <source>更正（已报送期）</source>
            <translation>Correction (period already sent)</translation>
        </message>
        <message>
            <source>不支持的格式“{f}”，可选：{a}</source>
            <translation>Unsupported format “{f}”; choose from: {a}</translation>
        </message>
        <message>
            <source>{site}　{p}　计划生育报表</source>
            <translation>{site}  {p}  family planning return</translation>
        </message>
        <message>
            <source>通过</source>
            <translation>Passed</translation>
        </message>
        <message>
            <source>原报{v}</source>
            <translation>Sent as {v}</translation>
        </message>
        <message>
            <source>错误</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>提示</source>
            <translation>Warning</translation>
        </message>
        <message>
            <source>避孕药具与CYP（期内）</source>
            <translation>Contraceptive commodities and CYP (in the period)</translation>
        </message>
        <message>
            <source>奖励扶助（期内批准与兑现）</source>
            <translation>Incentives (approved and paid in the period)</translation>
        </message>
        <message>
            <source>批准金额合计</source>
            <translation>Total amount approved</translation>
        </message>
        <message>
            <source>元</source>
            <translation>yuan</translation>
        </message>
        <message>
            <source>兑现金额合计</source>
            <translation>Total amount paid</translation>
        </message>
        <message>
            <source>药具台账尚未启用，本节为空</source>
            <translation>The stock ledger is not installed; this section is empty</translation>
        </message>
        <message>
            <source>避孕保护年（CYP）合计</source>
            <translation>Couple-years of protection (CYP), total</translation>
        </message>
        <message>
            <source>批准人数合计</source>
            <translation>People approved, total</translation>
        </message>
        <message>
            <source>兑现人数合计</source>
            <translation>People paid, total</translation>
        </message>
        <message>
            <source>兑现率（兑现金额÷批准金额）</source>
            <translation>Payout rate (paid ÷ approved)</translation>
        </message>
        <message>
            <source>期初</source>
            <translation>opening</translation>
        </message>
        <message>
            <source>收入</source>
            <translation>received</translation>
        </message>
        <message>
            <source>发放</source>
            <translation>issued</translation>
        </message>
        <message>
            <source>调整</source>
            <translation>adjustments</translation>
        </message>
        <message>
            <source>期末</source>
            <translation>closing</translation>
        </message>
        <message>
            <source>断货天数</source>
            <translation>stock-out days</translation>
        </message>
        <message>
            <source>天</source>
            <translation>days</translation>
        </message>
        <message>
            <source>奖励扶助台账尚未启用，本节为空</source>
            <translation>The incentive ledger is not installed; this section is empty</translation>
        </message>
        <message>
            <source>批准人数</source>
            <translation>people approved</translation>
        </message>
        <message>
            <source>人</source>
            <translation>persons</translation>
        </message>
        <message>
            <source>批准金额</source>
            <translation>amount approved</translation>
        </message>
        <message>
            <source>兑现人数</source>
            <translation>people paid</translation>
        </message>
        <message>
            <source>兑现金额</source>
            <translation>amount paid</translation>
        </message>
        <message>
            <source>药具台账无法读取：{e}</source>
            <translation>The stock ledger cannot be read: {e}</translation>
        </message>
        <message>
            <source>奖励扶助台账无法读取：{e}</source>
            <translation>The incentive ledger cannot be read: {e}</translation>
        </message>
        <message>
            <source>药具</source>
            <translation>Commodity</translation>
        </message>
        <message>
            <source>{site}　计划生育报表</source>
            <translation>{site}  family planning return</translation>
        </message>
        <message>
            <source>站点：{s}（{c}）　报表期：{p}　填报人：{who}　打印日期：{d}</source>
            <translation>Site: {s} ({c})  Period: {p}  Prepared by: {who}  Printed: {d}</translation>
        </message>
        <message>
            <source>项目</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>原报</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>更正后</source>
            <translation>Corrected</translation>
        </message>
        <message>
            <source>填报人（签字）：</source>
            <translation>Prepared by (signature):</translation>
        </message>
        <message>
            <source>审核人（签字）：</source>
            <translation>Checked by (signature):</translation>
        </message>
        <message>
            <source>负责人（签字）：</source>
            <translation>Approved by (signature):</translation>
        </message>
        <message>
            <source>日期：</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>对已报送报表的更正</source>
            <translation>Corrections to returns already sent</translation>
        </message>
        <message>
            <source>数值</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>代码</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>第{n}页</source>
            <translation>Page {n}</translation>
        </message>
        <message>
            <source>已于{t}关账报送</source>
            <translation>Closed and sent at {t}</translation>
        </message>
        <message>
            <source>全部{n}项逻辑检查通过。</source>
            <translation>All {n} logic checks passed.</translation>
        </message>
        <message>
            <source>报送说明：{e}</source>
            <translation>Explanation sent with it: {e}</translation>
        </message>
        <message>
            <source>上半年</source>
            <translation>first half</translation>
        </message>
        <message>
            <source>下半年</source>
            <translation>second half</translation>
        </message>
        <message>
            <source>{y}统计年度{h}（{a}至{b}）</source>
            <translation>Statistical year {y}, {h} ({a} to {b})</translation>
        </message>
        <message>
            <source>“{v}”不是报表期：应为 2026-11（月）、2026Q4（季）、2026（年）、FY2026（统计年度）或 FY2026H1（半年）</source>
            <translation>“{v}” is not a period: use 2026-11 (month), 2026Q4 (quarter), 2026 (year), FY2026 (statistical year) or FY2026H1 (half-year)</translation>
        </message>
        <message>
            <source>{y}年{m}月</source>
            <translation>{y}-{m}</translation>
        </message>
        <message>
            <source>{y}年第{q}季度</source>
            <translation>{y} quarter {q}</translation>
        </message>
        <message>
            <source>{y}年</source>
            <translation>{y}</translation>
        </message>
        <message>
            <source>{y}统计年度（{a}至{b}）</source>
            <translation>Statistical year {y} ({a} to {b})</translation>
        </message>
        <message>
            <source>育龄妇女（15–49岁）</source>
            <translation>Women 15–49</translation>
        </message>
        <message>
            <source>已婚育龄妇女</source>
            <translation>Married women 15–49</translation>
        </message>
        <message>
            <source>登记人数（期末）</source>
            <translation>On the register (end of period)</translation>
        </message>
        <message>
            <source>结婚</source>
            <translation>Marriages</translation>
        </message>
        <message>
            <source>出生</source>
            <translation>Births</translation>
        </message>
        <message>
            <source>出生：男</source>
            <translation>Births: boys</translation>
        </message>
        <message>
            <source>出生：女</source>
            <translation>Births: girls</translation>
        </message>
        <message>
            <source>期中人口</source>
            <translation>Mid-period population</translation>
        </message>
        <message>
            <source>人口变动（期内）</source>
            <translation>Vital events (in the period)</translation>
        </message>
        <message>
            <source>合计（应等于已婚育龄妇女）</source>
            <translation>Total (equals the married women)</translation>
        </message>
        <message>
            <source>已婚育龄妇女避孕及生育状况（期末）</source>
            <translation>Status of married women 15–49 (end of period)</translation>
        </message>
        <message>
            <source>使用避孕方法人数</source>
            <translation>Using a method</translation>
        </message>
        <message>
            <source>综合避孕率与方法构成（期末）</source>
            <translation>Contraceptive prevalence and method mix (end of period)</translation>
        </message>
        <message>
            <source>新采用避孕方法人数</source>
            <translation>New acceptors</translation>
        </message>
        <message>
            <source>新采用者中有知情选择咨询记录</source>
            <translation>New acceptors with counselling recorded</translation>
        </message>
        <message>
            <source>停用避孕方法（未换用其他方法）</source>
            <translation>Discontinuations (no other method started)</translation>
        </message>
        <message>
            <source>人次</source>
            <translation>times</translation>
        </message>
        <message>
            <source>新采用、知情选择与停用（期内）</source>
            <translation>New acceptors, informed choice, discontinuations (in the period)</translation>
        </message>
        <message>
            <source>四术及皮埋（期内）</source>
            <translation>Procedures (in the period)</translation>
        </message>
        <message>
            <source>期内应随访</source>
            <translation>Visits due in the period</translation>
        </message>
        <message>
            <source>其中在时间窗内完成</source>
            <translation>of which done within the window</translation>
        </message>
        <message>
            <source>随访服务（期内应访）</source>
            <translation>Follow-up (visits due in the period)</translation>
        </message>
        <message>
            <source>已婚育龄妇女近12个月内做过妇检</source>
            <translation>Married women with an RH check in the last 12 months</translation>
        </message>
        <message>
            <source>检查服务</source>
            <translation>Checks</translation>
        </message>
        <message>
            <source>身份证号有效的育龄妇女</source>
            <translation>Women 15–49 with a valid ID number</translation>
        </message>
        <message>
            <source>身份证号缺失或无效</source>
            <translation>ID number missing or invalid</translation>
        </message>
        <message>
            <source>身份证录入</source>
            <translation>ID numbers</translation>
        </message>
        <message>
            <source>结婚：初婚</source>
            <translation>Marriages: first</translation>
        </message>
        <message>
            <source>结婚：再婚</source>
            <translation>Marriages: remarriage</translation>
        </message>
        <message>
            <source>出生：性别不详</source>
            <translation>Births: sex unknown</translation>
        </message>
        <message>
            <source>出生：一孩</source>
            <translation>Births: 1st child</translation>
        </message>
        <message>
            <source>出生：二孩</source>
            <translation>Births: 2nd child</translation>
        </message>
        <message>
            <source>出生：三孩及以上</source>
            <translation>Births: 3rd child or later</translation>
        </message>
        <message>
            <source>出生：孩次不详</source>
            <translation>Births: order unknown</translation>
        </message>
        <message>
            <source>出生率（期内出生÷期中人口）</source>
            <translation>Birth rate (births ÷ mid-period population)</translation>
        </message>
        <message>
            <source>出生性别比（女=100）</source>
            <translation>Sex ratio at birth (girls = 100)</translation>
        </message>
        <message>
            <source>死亡</source>
            <translation>Deaths</translation>
        </message>
        <message>
            <source>迁入</source>
            <translation>Moved in</translation>
        </message>
        <message>
            <source>迁出</source>
            <translation>Moved out</translation>
        </message>
        <message>
            <source>综合避孕率</source>
            <translation>Contraceptive prevalence</translation>
        </message>
        <message>
            <source>新采用：首次采用</source>
            <translation>New acceptors: first-ever</translation>
        </message>
        <message>
            <source>新采用：换用</source>
            <translation>New acceptors: switching</translation>
        </message>
        <message>
            <source>知情选择率</source>
            <translation>Informed-choice rate</translation>
        </message>
        <message>
            <source>换用（停用当天开始另一方法）</source>
            <translation>Switches (another method started the day one ended)</translation>
        </message>
        <message>
            <source>例</source>
            <translation>cases</translation>
        </message>
        <message>
            <source>随访服务率</source>
            <translation>Follow-up rate</translation>
        </message>
        <message>
            <source>妇检覆盖率（近12个月）</source>
            <translation>RH-check coverage (last 12 months)</translation>
        </message>
        <message>
            <source>身份证录入率</source>
            <translation>ID completeness</translation>
        </message>
        <message>
            <source>期中日{d}在册人口（不列名单）</source>
            <translation>Population on {d} (no list of names)</translation>
        </message>
        <message>
            <source>育龄妇女：{r}</source>
            <translation>Women 15–49: {r}</translation>
        </message>
        <message>
            <source>已婚育龄妇女：{r}</source>
            <translation>Married women 15–49: {r}</translation>
        </message>
        <message>
            <source>男{m}，女{f}；人数少时波动大</source>
            <translation>boys {m}, girls {f}; small numbers are noisy</translation>
        </message>
        <message>
            <source>方法构成：{m}</source>
            <translation>Method mix: {m}</translation>
        </message>
        <message>
            <source>新采用：{m}</source>
            <translation>New acceptors: {m}</translation>
        </message>
        <message>
            <source>停用原因：{r}</source>
            <translation>Stopped because: {r}</translation>
        </message>
        <message>
            <source>期内{k}</source>
            <translation>{k} in the period</translation>
        </message>
        <message>
            <source>有{n}项逻辑检查未通过（其中错误{e}项），须填写说明才能导出报送</source>
            <translation>{n} logic checks failed ({e} errors); write an explanation to export and send</translation>
        </message>
        <message>
            <source>{p}的报表已经关账报送，不能再次关账</source>
            <translation>The return for {p} has already been closed and sent; it cannot be closed again</translation>
        </message>
        <message>
            <source>乡镇汇总</source>
            <translation>Township total</translation>
        </message>
        <message>
            <source>汇总</source>
            <translation>Summed</translation>
        </message>
        <message>
            <source>没有给出村报表文件</source>
            <translation>No village return files given</translation>
        </message>
        <message>
            <source>{p}没有可汇总的村报表</source>
            <translation>No village returns to sum for {p}</translation>
        </message>
        <message>
            <source>{s}的报表期是{a}，不是{b}</source>
            <translation>The return of {s} is for {a}, not {b}</translation>
        </message>
        <message>
            <source>{s}的{p}报表出现了两次</source>
            <translation>The {p} return of {s} appears twice</translation>
        </message>
        <message>
            <source>“{p}”不是可读的村报表文件：{e}</source>
            <translation>“{p}” is not a readable village return file: {e}</translation>
        </message>
        <message>
            <source>写入“{f}”失败：{e}；原有文件保持不变</source>
            <translation>Writing to “{f}” failed: {e}; the old file is unchanged</translation>
        </message>
        <message>
            <source>“{f}”是只读的（U盘写保护开关打开，或没有写入权限），文件没有写入</source>
            <translation>“{f}” is read-only (the stick's write-protect switch is on, or no permission); nothing was written</translation>
        </message>
        <message>
            <source>“{f}”空间不足，文件没有写入</source>
            <translation>“{f}” is full; nothing was written</translation>
        </message>
        <message>
            <source>写入“{f}”时出错（U盘可能已被拔出），原有文件保持不变，请重新插入后再试</source>
            <translation>Error writing to “{f}” (was the stick removed?); the old file is unchanged. Insert it again and retry</translation>
        </message>
        <message>
            <source>写入后读回的内容与原文件不一致</source>
            <translation>What was read back differs from what was written</translation>
        </message>
        <message>
            <source>“{p}”校验失败：写入后读回的内容不一致，请换一个U盘重试</source>
            <translation>Verifying “{p}” failed: what was read back differs; try another stick</translation>
        </message>
    </context>
    <context>
        <name>round_sheet</name>
        <message>
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>户编号</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>随访类型</source>
            <translation>Visit type</translation>
        </message>
        <message>
            <source>应访日期</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>窗口期</source>
            <translation>Window</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>State</translation>
        </message>
        <message>
            <source>结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>签名</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>未分组</source>
            <translation>No group</translation>
        </message>
        <message>
            <source>{g}（{c}人次）</source>
            <translation>{g} ({c} visits)</translation>
        </message>
        <message>
            <source>{a} 至 {b}</source>
            <translation>{a} to {b}</translation>
        </message>
        <message>
            <source>{site} 本周随访工作单</source>
            <translation>{site}: round sheet for the week</translation>
        </message>
        <message>
            <source>{a} 至 {b}　　共 {n} 人次　　制表：{who}　　打印日期：{d}</source>
            <translation>{a} to {b}    {n} visits    prepared by {who}    printed {d}</translation>
        </message>
        <message>
            <source>{site}　本周随访工作单　{a} 至 {b}</source>
            <translation>{site}  round sheet  {a} to {b}</translation>
        </message>
        <message>
            <source>随访工作单</source>
            <translation>Round sheet</translation>
        </message>
        <message>
            <source>{n}组</source>
            <translation>Group {n}</translation>
        </message>
        <message>
            <source>本周没有需要随访的对象。</source>
            <translation>No visits due this week.</translation>
        </message>
        <message>
            <source>第 {p} 页，共 {n} 页</source>
            <translation>Page {p} of {n}</translation>
        </message>
    </context>
    <context>
        <name>rules</name>
        <message>
            <source>文件不是随访规则表（缺少 rules 列表）</source>
            <translation>The file is not a follow-up rule table (no rules list)</translation>
        </message>
        <message>
            <source>生效日期应为 YYYY-MM-DD</source>
            <translation>The effective date must be YYYY-MM-DD</translation>
        </message>
        <message>
            <source>没有这个版本的随访规则</source>
            <translation>There is no such version of the follow-up rules</translation>
        </message>
        <message>
            <source>第{w}条规则的{f}应为整数</source>
            <translation>Rule {w}: {f} must be a whole number</translation>
        </message>
        <message>
            <source>第{w}条规则的{f}不能小于{m}</source>
            <translation>Rule {w}: {f} cannot be less than {m}</translation>
        </message>
        <message>
            <source>生效日期{d}必须晚于现行版本的生效日期{a}</source>
            <translation>The effective date {d} must be later than the current version's effective date {a}</translation>
        </message>
        <message>
            <source>第{n}条规则格式不对</source>
            <translation>Rule {n} is not in the right format</translation>
        </message>
        <message>
            <source>第{w}条规则缺少代码</source>
            <translation>Rule {w} has no code</translation>
        </message>
        <message>
            <source>第{w}条规则的触发事件“{v}”不认识</source>
            <translation>Rule {w}: unknown trigger “{v}”</translation>
        </message>
        <message>
            <source>第{w}条规则的随访类型“{v}”不认识</source>
            <translation>Rule {w}: unknown visit type “{v}”</translation>
        </message>
        <message>
            <source>第{w}条规则的起算点“{v}”不认识</source>
            <translation>Rule {w}: unknown anchor “{v}”</translation>
        </message>
        <message>
            <source>第{w}条规则按用完日起算，须填每单位天数</source>
            <translation>Rule {w} counts from the end of the supply, so it needs days per unit</translation>
        </message>
        <message>
            <source>第{w}条规则的重复间隔短于时间窗，前后两次会重叠</source>
            <translation>Rule {w}: the repeat interval is shorter than the window, so occurrences would overlap</translation>
        </message>
        <message>
            <source>第{w}条规则的代码与第{o}条重复</source>
            <translation>Rule {w}: the code is the same as rule {o}'s</translation>
        </message>
        <message>
            <source>第{w}条规则：触发事件{t}的序号应为{e}，现为{s}（序号有缺口或重复）</source>
            <translation>Rule {w}: the sequence number for trigger {t} should be {e}, not {s} (a gap or a repeat)</translation>
        </message>
        <message>
            <source>第{w}条规则的时间窗与上一次随访（{p}）的时间窗重叠</source>
            <translation>Rule {w}: its window overlaps the window of the previous visit ({p})</translation>
        </message>
        <message>
            <source>读不了规则文件：{e}</source>
            <translation>Cannot read the rule file: {e}</translation>
        </message>
    </context>
    <context>
        <name>service_form</name>
        <message>
            <source>zh</source>
            <translation>en</translation>
        </message>
        <message>
            <source>如 2026-11-22</source>
            <translation>e.g. 2026-11-22</translation>
        </message>
        <message>
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>{f}：</source>
            <translation>{f}:</translation>
        </message>
        <message>
            <source>请填写日期</source>
            <translation>Please enter the date</translation>
        </message>
        <message>
            <source>无法保存</source>
            <translation>Could not save</translation>
        </message>
    </context>
    <context>
        <name>services</name>
        <message>
            <source>不能为空</source>
            <translation>Required</translation>
        </message>
        <message>
            <source>此登记记录已作废，不能再登记服务</source>
            <translation>This register entry has been voided; services cannot be recorded for it</translation>
        </message>
        <message>
            <source>“{v}”不是日期</source>
            <translation>“{v}” is not a date</translation>
        </message>
        <message>
            <source>{d}是将来的日期</source>
            <translation>{d} is in the future</translation>
        </message>
        <message>
            <source>{d}早于她的出生日期</source>
            <translation>{d} is before her date of birth</translation>
        </message>
        <message>
            <source>她的登记卡已于{x}注销，不能登记此后的服务</source>
            <translation>Her card was closed on {x}; services after that date cannot be recorded</translation>
        </message>
    </context>
    <context>
        <name>sites</name>
        <message>
            <source>此数据库尚未初始化站点（请先运行 fpreg init）</source>
            <translation>This database has no site yet (run fpreg init first)</translation>
        </message>
        <message>
            <source>站点类型应为 village（村）或 township（乡镇）</source>
            <translation>The site kind should be village or township</translation>
        </message>
        <message>
            <source>站点代码和名称都不能为空</source>
            <translation>Neither the site code nor the name may be empty</translation>
        </message>
        <message>
            <source>{n}组</source>
            <translation>Group {n}</translation>
        </message>
        <message>
            <source>管理员</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>数据库文件“{p}”已存在，不会覆盖</source>
            <translation>The database file “{p}” already exists and will not be overwritten</translation>
        </message>
        <message>
            <source>村民小组{n}已存在</source>
            <translation>Village group {n} already exists</translation>
        </message>
    </context>
    <context>
        <name>stock</name>
        <message>
            <source>中文</source>
            <translation>English</translation>
        </message>
        <message>
            <source>商品目录第{v}版已存在</source>
            <translation>Version {v} of the commodity catalogue already exists</translation>
        </message>
        <message>
            <source>商品代码“{c}”不在商品目录中</source>
            <translation>Commodity code “{c}” is not in the catalogue</translation>
        </message>
        <message>
            <source>商品目录文件缺少或写错了 version、effective_from 或 commodities（{e}）</source>
            <translation>The catalogue file lacks or misspells version, effective_from or commodities ({e})</translation>
        </message>
        <message>
            <source>第{n}项：商品代码为空或重复</source>
            <translation>Item {n}: the commodity code is empty or repeated</translation>
        </message>
        <message>
            <source>{c}：避孕方法“{m}”不在代码表中</source>
            <translation>{c}: method “{m}” is not in the code list</translation>
        </message>
        <message>
            <source>{c}：缺少{k}</source>
            <translation>{c}: {k} is missing</translation>
        </message>
        <message>
            <source>{c}：units_per_cyp 或 cyp_per_unit 应为正数</source>
            <translation>{c}: units_per_cyp or cyp_per_unit should be a positive number</translation>
        </message>
        <message>
            <source>已发出，待村收货</source>
            <translation>Sent, awaiting receipt</translation>
        </message>
        <message>
            <source>已收货</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>已收货（短缺）</source>
            <translation>Received (short)</translation>
        </message>
        <message>
            <source>已作废</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>已作废，但村已确认收货（请核对）</source>
            <translation>Cancelled, but the village confirmed receipt (please check)</translation>
        </message>
        <message>
            <source>调拨单没有任何药具</source>
            <translation>The dispatch has no commodities</translation>
        </message>
        <message>
            <source>作废调拨单必须填写原因</source>
            <translation>Cancelling a dispatch needs a reason</translation>
        </message>
        <message>
            <source>实收数量与调拨单不同，请填写原因</source>
            <translation>The quantities received differ from the dispatch: please give the reason</translation>
        </message>
        <message>
            <source>日期：“{v}”不是日期</source>
            <translation>Date: “{v}” is not a date</translation>
        </message>
        <message>
            <source>日期：{d}是将来的日期</source>
            <translation>Date: {d} is in the future</translation>
        </message>
        <message>
            <source>没有代码为“{s}”的村（本乡镇已知的村：{k}）</source>
            <translation>There is no village with code “{s}” (villages this township knows: {k})</translation>
        </message>
        <message>
            <source>调拨单{n}不是本乡镇开的</source>
            <translation>Dispatch {n} was not issued by this township</translation>
        </message>
        <message>
            <source>调拨单{n}已经作废</source>
            <translation>Dispatch {n} is already cancelled</translation>
        </message>
        <message>
            <source>{v}已确认收到调拨单{n}，不能作废；药具需退回时请在库存中登记</source>
            <translation>{v} has confirmed receipt of dispatch {n}, so it cannot be cancelled; record any return in the stock ledger</translation>
        </message>
        <message>
            <source>找不到调拨单“{k}”</source>
            <translation>Dispatch “{k}” not found</translation>
        </message>
        <message>
            <source>调拨单{n}是发给{v}的，不是发给本站点（{s}）的</source>
            <translation>Dispatch {n} is addressed to {v}, not to this site ({s})</translation>
        </message>
        <message>
            <source>调拨单{n}已被乡镇作废，不能收货</source>
            <translation>Dispatch {n} was cancelled by the township and cannot be received</translation>
        </message>
        <message>
            <source>收货日期{d}早于调拨日期{s}</source>
            <translation>Received date {d} is before the dispatch date {s}</translation>
        </message>
        <message>
            <source>第{n}行：批号不能为空</source>
            <translation>Line {n}: the lot number is required</translation>
        </message>
        <message>
            <source>第{n}行：数量“{v}”不是正整数</source>
            <translation>Line {n}: quantity “{v}” is not a positive whole number</translation>
        </message>
        <message>
            <source>第{n}行：有效期“{v}”不是日期</source>
            <translation>Line {n}: expiry “{v}” is not a date</translation>
        </message>
        <message>
            <source>第{n}行：批号{l}已于{e}过期，不能调拨</source>
            <translation>Line {n}: lot {l} expired on {e} and cannot be dispatched</translation>
        </message>
        <message>
            <source>第{n}行：{c}批号{l}重复</source>
            <translation>Line {n}: {c} lot {l} appears twice</translation>
        </message>
        <message>
            <source>无</source>
            <translation>none</translation>
        </message>
        <message>
            <source>调拨单号“{n}”已经用过</source>
            <translation>Dispatch number “{n}” is already used</translation>
        </message>
        <message>
            <source>作废调拨单{n}：{r}</source>
            <translation>Dispatch {n} cancelled: {r}</translation>
        </message>
        <message>
            <source>调拨单{n}没有第{l}行</source>
            <translation>Dispatch {n} has no line {l}</translation>
        </message>
        <message>
            <source>第{l}行：实收数量“{v}”不是非负整数</source>
            <translation>Line {l}: quantity received “{v}” is not a whole number of zero or more</translation>
        </message>
        <message>
            <source>第{l}行：实收{q}多于调拨的{s}；多出的请收货后用盘点更正</source>
            <translation>Line {l}: {q} received is more than the {s} dispatched; record any surplus by a count correction after the receipt</translation>
        </message>
        <message>
            <source>调拨单{n}已经确认收货，不能重复确认</source>
            <translation>Receipt of dispatch {n} is already confirmed and cannot be confirmed again</translation>
        </message>
        <message>
            <source>第{n}行：{e}</source>
            <translation>Line {n}: {e}</translation>
        </message>
        <message>
            <source>第{n}行：本乡镇库存中批号{l}的有效期是{e}，与调拨单的{x}不同</source>
            <translation>Line {n}: lot {l} in the township's stock expires on {e}, not {x} as on the dispatch</translation>
        </message>
        <message>
            <source>{v}（调拨单{d}）</source>
            <translation>{v} (dispatch {d})</translation>
        </message>
        <message>
            <source>乡镇调拨单{n}</source>
            <translation>Township dispatch {n}</translation>
        </message>
        <message>
            <source>月份：“{v}”应为 YYYY-MM</source>
            <translation>Month: “{v}” should be YYYY-MM</translation>
        </message>
        <message>
            <source>入库单号不能为空</source>
            <translation>The receipt document number is required</translation>
        </message>
        <message>
            <source>入库单没有任何商品</source>
            <translation>The receipt has no items</translation>
        </message>
        <message>
            <source>发放对象：请选择一位妇女（或她的随访），或填写发放点，二者选一</source>
            <translation>Issued to: choose a woman (or her visit) or enter a distribution point, not both</translation>
        </message>
        <message>
            <source>{c} {q}{u}</source>
            <translation>{c} {q} {u}</translation>
        </message>
        <message>
            <source>冲销必须填写原因</source>
            <translation>A reversal needs a reason</translation>
        </message>
        <message>
            <source>这是一条冲销记录，不能再冲销</source>
            <translation>This is a reversal; it cannot be reversed again</translation>
        </message>
        <message>
            <source>只能冲销本站点的记录</source>
            <translation>Only this site's entries can be reversed</translation>
        </message>
        <message>
            <source>{c}在{d}只有{b}{u}未过期的库存，不能发放{q}{u}</source>
            <translation>{c}: only {b} {u} unexpired in stock on {d}; cannot issue {q} {u}</translation>
        </message>
        <message>
            <source>{m}月已结账，不能再登记该月的出入库或盘点</source>
            <translation>Month {m} is closed; no receipts, issues, adjustments or counts can be dated in it</translation>
        </message>
        <message>
            <source>数量：“{v}”不是正整数</source>
            <translation>Quantity: “{v}” is not a positive whole number</translation>
        </message>
        <message>
            <source>{c}没有批号为“{l}”的库存</source>
            <translation>{c} has no lot numbered “{l}”</translation>
        </message>
        <message>
            <source>调整原因“{r}”不在代码表中（{codes}）</source>
            <translation>Adjustment reason “{r}” is not in the code list ({codes})</translation>
        </message>
        <message>
            <source>数量：“{v}”不是非零整数</source>
            <translation>Quantity: “{v}” is not a non-zero whole number</translation>
        </message>
        <message>
            <source>数量：原因为“{r}”时填写减少的数量（正数）</source>
            <translation>Quantity: for “{r}” enter the units removed (a positive number)</translation>
        </message>
        <message>
            <source>实盘数量：“{v}”不是非负整数</source>
            <translation>Counted: “{v}” is not a whole number of zero or more</translation>
        </message>
        <message>
            <source>找不到要冲销的记录（{u}）</source>
            <translation>No entry to reverse ({u})</translation>
        </message>
        <message>
            <source>这笔{k}已经冲销过</source>
            <translation>This {k} has already been reversed</translation>
        </message>
        <message>
            <source>{m}月尚未结束，不能结账</source>
            <translation>Month {m} has not ended yet; it cannot be closed</translation>
        </message>
        <message>
            <source>入库单号“{n}”已经登记过，不能重复入库</source>
            <translation>Receipt document “{n}” is already booked; it cannot be received twice</translation>
        </message>
        <message>
            <source>批号{l}已于{e}过期，不能发放</source>
            <translation>Lot {l} expired on {e}; it cannot be issued</translation>
        </message>
        <message>
            <source>{c} 批号{l}在{d}只有{b}{u}可发，不能发放{q}{u}</source>
            <translation>{c} lot {l}: only {b} {u} can be issued on {d}; cannot issue {q} {u}</translation>
        </message>
        <message>
            <source>找不到这次随访记录（{u}）</source>
            <translation>Visit not found ({u})</translation>
        </message>
        <message>
            <source>发放日期{d}与随访日期{v}不同</source>
            <translation>Issue date {d} differs from the visit date {v}</translation>
        </message>
        <message>
            <source>{m}月已经结账</source>
            <translation>Month {m} is already closed</translation>
        </message>
        <message>
            <source>{c} 批号{l}：{d}的结存将为{b}，库存不能为负</source>
            <translation>{c} lot {l}: the balance on {d} would be {b}; stock cannot go below zero</translation>
        </message>
        <message>
            <source>第{n}行：批号{l}已于{e}过期，不能入库</source>
            <translation>Line {n}: lot {l} expired on {e}; it cannot be received</translation>
        </message>
        <message>
            <source>{c} 批号{l}在{d}只有{b}{u}，不能减少{q}{u}</source>
            <translation>{c} lot {l}: only {b} {u} on {d}; cannot remove {q} {u}</translation>
        </message>
        <message>
            <source>发放已冲销：{r}</source>
            <translation>Issue reversed: {r}</translation>
        </message>
        <message>
            <source>第{n}行：批号{l}已登记的有效期是{e}，与本次的{x}不同</source>
            <translation>Line {n}: lot {l} is recorded with expiry {e}, not {x}</translation>
        </message>
        <message>
            <source>乡镇调拨了{n}笔药具，请在“库存 → 待收货”中核对并确认收货</source>
            <translation>The township dispatched {n} consignment(s): check and confirm them under Stock → Pending receipts</translation>
        </message>
        <message>
            <source>调拨单{n}已作废，但{v}已确认收货：药具已在村里入库，请与村核对</source>
            <translation>Dispatch {n} was cancelled, but {v} has confirmed receipt: the stock is in the village's books, please check with the village</translation>
        </message>
        <message>
            <source>乡镇已作废调拨单{n}，但本村已确认收货：请与乡镇核对，药具需退回时在库存中登记</source>
            <translation>The township cancelled dispatch {n}, but this village has confirmed receipt: please check with the township and record any return in the stock ledger</translation>
        </message>
        <message>
            <source>入库单 {n}</source>
            <translation>Receipt {n}</translation>
        </message>
        <message>
            <source>发往 {p}</source>
            <translation>To {p}</translation>
        </message>
        <message>
            <source>盘点：实盘 {c}，账面 {b}</source>
            <translation>Count: {c} on the shelf, {b} in the book</translation>
        </message>
        <message>
            <source>冲销{d}的{k}（{r}）：{s}</source>
            <translation>Reversal of the {k} of {d} ({r}): {s}</translation>
        </message>
        <message>
            <source>发给 {n}（随访）</source>
            <translation>To {n} (visit)</translation>
        </message>
        <message>
            <source>发给 {n}</source>
            <translation>To {n}</translation>
        </message>
    </context>
    <context>
        <name>stock_codes</name>
        <message>
            <source>入库</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>发放</source>
            <translation>Issue</translation>
        </message>
        <message>
            <source>调整</source>
            <translation>Adjustment</translation>
        </message>
        <message>
            <source>盘点</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>过期</source>
            <translation>Expired</translation>
        </message>
        <message>
            <source>损坏</source>
            <translation>Damaged</translation>
        </message>
        <message>
            <source>丢失</source>
            <translation>Lost</translation>
        </message>
        <message>
            <source>退回乡镇</source>
            <translation>Returned to township</translation>
        </message>
        <message>
            <source>调出</source>
            <translation>Transfer out</translation>
        </message>
        <message>
            <source>盘点更正</source>
            <translation>Count correction</translation>
        </message>
        <message>
            <source>缺货</source>
            <translation>Stock-out</translation>
        </message>
        <message>
            <source>偏低</source>
            <translation>Low</translation>
        </message>
        <message>
            <source>适量</source>
            <translation>Adequate</translation>
        </message>
        <message>
            <source>过多</source>
            <translation>Over</translation>
        </message>
        <message>
            <source>无消耗</source>
            <translation>No use</translation>
        </message>
    </context>
    <context>
        <name>stock_dispatch</name>
        <message>
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <source>{q}{u}</source>
            <translation>{q} {u}</translation>
        </message>
        <message>
            <source>{c}{q}</source>
            <translation>{c} {q}</translation>
        </message>
    </context>
    <context>
        <name>stock_report</name>
        <message>
            <source>药具名称</source>
            <translation>Commodity</translation>
        </message>
        <message>
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>期初结存</source>
            <translation>Opening</translation>
        </message>
        <message>
            <source>本月收入</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>本月发出</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>调整（±）</source>
            <translation>Adjustments (±)</translation>
        </message>
        <message>
            <source>期末结存</source>
            <translation>Closing</translation>
        </message>
        <message>
            <source>实盘数</source>
            <translation>Physical count</translation>
        </message>
        <message>
            <source>差异</source>
            <translation>Discrepancy</translation>
        </message>
        <message>
            <source>缺货天数</source>
            <translation>Stock-out days</translation>
        </message>
        <message>
            <source>月均消耗</source>
            <translation>AMC</translation>
        </message>
        <message>
            <source>库存月数</source>
            <translation>MOS</translation>
        </message>
        <message>
            <source>库存状态</source>
            <translation>Stock status</translation>
        </message>
        <message>
            <source>申领数量</source>
            <translation>Requested</translation>
        </message>
        <message>
            <source>CYP</source>
            <translation>CYP</translation>
        </message>
        <message>
            <source>{site} 药具月报及申领单（{m}）</source>
            <translation>{site} contraceptive stock report and requisition ({m})</translation>
        </message>
        <message>
            <source>报告期 {a} 至 {b}　　商品目录第{v}版　　月均消耗按最近{n}个月　　最高库存 = 月均消耗 × {x}　　打印日期 {d}</source>
            <translation>Period {a} to {b}   Catalogue version {v}   AMC over the last {n} months   Maximum stock = AMC × {x}   Printed {d}</translation>
        </message>
        <message>
            <source>药具月报及申领单</source>
            <translation>Contraceptive stock report and requisition</translation>
        </message>
        <message>
            <source>第 {p} 页</source>
            <translation>Page {p}</translation>
        </message>
        <message>
            <source>{c}：{p}</source>
            <translation>{c}: {p}</translation>
        </message>
        <message>
            <source>调整明细：</source>
            <translation>Adjustments: </translation>
        </message>
        <message>
            <source>说明：期末结存 = 期初结存 + 本月收入 − 本月发出 ± 调整；差异 = 实盘数 − 盘点时账面数；库存月数 = 期末结存 ÷ 月均消耗；申领数量 = 最高库存 − 期末结存（不小于0）；CYP = 发出数 ÷ 每CYP单位数（{s}）。</source>
            <translation>Notes: closing = opening + received − issued ± adjustments; discrepancy = counted − book balance at the count; MOS = closing ÷ AMC; requested = maximum stock − closing (not below 0); CYP = issued ÷ units per CYP ({s}).</translation>
        </message>
        <message>
            <source>填报人：{who}　　　　　　审核人：________　　　　　　乡镇计生办签收：________　　　　　　日期：________</source>
            <translation>Prepared by: {who}      Checked by: ________      Received by township: ________      Date: ________</translation>
        </message>
        <message>
            <source>合计 CYP</source>
            <translation>Total CYP</translation>
        </message>
        <message>
            <source>填报人：{who}</source>
            <translation>Prepared by: {who}</translation>
        </message>
    </context>
    <context>
        <name>sync</name>
        <message>
            <source>数据包中{t}表的记录{u}引用了本库没有的{r}记录{v}，无法导入</source>
            <translation>The {t} row {u} of the packet refers to {r} row {v}, which this database lacks; cannot import</translation>
        </message>
        <message>
            <source>数据包中有本程序不认识的数据表“{t}”：请先升级本程序再导入</source>
            <translation>The packet holds a table "{t}" this program does not know: upgrade the program, then import</translation>
        </message>
        <message>
            <source>数据包中{t}表的记录与本库已有记录冲突（{e}），无法导入</source>
            <translation>A {t} row of the packet clashes with a row of this database ({e}); cannot import</translation>
        </message>
        <message>
            <source>此数据库尚未初始化站点（请先运行 fpreg init）</source>
            <translation>This database has no site yet (run fpreg init first)</translation>
        </message>
        <message>
            <source>“{p}”不是本系统的站点登记文件</source>
            <translation>"{p}" is not an enrolment file of this system</translation>
        </message>
        <message>
            <source>登记文件“{p}”由较新版本的程序写出，请先升级本程序</source>
            <translation>The enrolment file "{p}" was written by a newer program: upgrade this program first</translation>
        </message>
        <message>
            <source>这是本站点自己的登记文件（{c}），请导入对方的文件</source>
            <translation>This is this site's own enrolment file ({c}): import the other side's file</translation>
        </message>
        <message>
            <source>村只能与乡镇互相登记：本站点和“{c}”都是{k}</source>
            <translation>A village enrols with a township only: this site and "{c}" are both {k}</translation>
        </message>
        <message>
            <source>站点“{c}”尚未登记：请先导入它的登记文件（fpreg enrol --import）</source>
            <translation>Site "{c}" is not enrolled: import its enrolment file first (fpreg enrol --import)</translation>
        </message>
        <message>
            <source>无法读取登记文件“{p}”：{e}</source>
            <translation>Cannot read the enrolment file "{p}": {e}</translation>
        </message>
        <message>
            <source>登记文件“{p}”已损坏或被改动（签名不符）</source>
            <translation>The enrolment file "{p}" is damaged or was altered (signature does not match)</translation>
        </message>
        <message>
            <source>数据包内容与清单中的校验值不符，已拒绝</source>
            <translation>The packet's content does not match the hash in its manifest; refused</translation>
        </message>
        <message>
            <source>这个数据包已经导入过，本次没有任何更改</source>
            <translation>This packet was imported before; nothing changed</translation>
        </message>
        <message>
            <source>这个数据包中的更改已经全部导入过（有更新的数据包包含了它们），本次没有任何更改</source>
            <translation>All changes of this packet were imported before (a later packet held them); nothing changed</translation>
        </message>
        <message>
            <source>已导入“{s}”的数据包：新增{i}条，更新{u}条，忽略{g}条，待核对冲突{c}条</source>
            <translation>Imported the packet from "{s}": {i} new, {u} updated, {g} ignored, {c} conflicts to review</translation>
        </message>
        <message>
            <source>数据包无法解密：它是用本站点旧的密钥加密的，请对方重新导入本站点的登记文件后重新导出</source>
            <translation>The packet cannot be decrypted: it was sealed to an old key of this site. Ask the other side to import this site's enrolment file again and export again</translation>
        </message>
        <message>
            <source>这个数据包是发给“{r}”的，不是发给本站点“{me}”的，不能导入</source>
            <translation>This packet is for "{r}", not for this site "{me}"; it cannot be imported</translation>
        </message>
        <message>
            <source>数据包来自未登记的站点“{s}”：只有导入过对方登记文件的站点才被信任</source>
            <translation>The packet comes from "{s}", a site not enrolled here: only sites whose enrolment file was imported are trusted</translation>
        </message>
        <message>
            <source>数据包来自较新版本的程序（数据库版本{v}）：请先升级本程序再导入</source>
            <translation>The packet comes from a newer program (database version {v}): upgrade this program, then import</translation>
        </message>
        <message>
            <source>这是收到“{s}”的第一个数据包，但它从序号{a}开始</source>
            <translation>This is the first packet received from "{s}", but it starts at seq {a}</translation>
        </message>
        <message>
            <source>“{s}”的数据库已更换（新装或从备份恢复），新数据库的数据包应从序号1开始，但这个从{a}开始</source>
            <translation>The database of "{s}" was replaced (new install or restored from backup); its packets should start at seq 1, but this one starts at {a}</translation>
        </message>
        <message>
            <source>缺少“{s}”第{a}至{b}号的更改：请先导入它更早的数据包，或请“{s}”重新导出（新的数据包会包含第{a}号以后的全部更改）</source>
            <translation>Changes {a} to {b} of "{s}" are missing: import its earlier packet first, or ask "{s}" to export again (the new packet holds every change from {a} on)</translation>
        </message>
        <message>
            <source>“{s}”的数据库序号倒退了：本站已收到它第{r}号为止的更改，但这个数据包中同样序号的更改内容不同，它可能从旧备份恢复过。请在“{s}”执行“fpreg packet export --full”重新导出完整数据包</source>
            <translation>The sequence of "{s}" went backwards: this site has its changes up to {r}, but this packet says something else under the same numbers; it was probably restored from an old backup. Run "fpreg packet export --full" at "{s}" to export a complete packet</translation>
        </message>
        <message>
            <source>“{s}”已收到本库第{u}号为止的更改，但本库只到第{n}号：本库是从旧备份恢复的。已改用新的数据库标识，下次导出将是完整数据包</source>
            <translation>"{s}" has received this database's changes up to {u}, but this database only goes to {n}: it was restored from an old backup. It now has a new database identity; the next export will be a complete packet</translation>
        </message>
        <message>
            <source>“{s}”的数据库是从备份恢复的：两边都改过的记录已放入待核对队列</source>
            <translation>The database of "{s}" was restored from a backup: rows changed on both sides went to the review queue</translation>
        </message>
        <message>
            <source>无法读取数据包文件“{p}”：{e}</source>
            <translation>Cannot read the packet file "{p}": {e}</translation>
        </message>
        <message>
            <source>数据包签名不符：文件在导出后被改动过，或不是“{s}”签发的，已拒绝</source>
            <translation>The packet signature does not match: the file was altered after export, or was not signed by "{s}"; refused</translation>
        </message>
        <message>
            <source>。请在“{s}”执行“fpreg packet export --full”重新导出完整数据包</source>
            <translation>. Run "fpreg packet export --full" at "{s}" to export a complete packet</translation>
        </message>
        <message>
            <source>连接服务器…</source>
            <translation>Connecting to the server…</translation>
        </message>
        <message>
            <source>查询状态</source>
            <translation>status</translation>
        </message>
        <message>
            <source>发送本站数据包…</source>
            <translation>Sending this site's packet…</translation>
        </message>
        <message>
            <source>发送数据包</source>
            <translation>sending the packet</translation>
        </message>
        <message>
            <source>接收服务器数据包…</source>
            <translation>Receiving the server's packet…</translation>
        </message>
        <message>
            <source>接收数据包</source>
            <translation>receiving the packet</translation>
        </message>
        <message>
            <source>导入服务器数据包…</source>
            <translation>Importing the server's packet…</translation>
        </message>
        <message>
            <source>同步完成</source>
            <translation>Sync finished</translation>
        </message>
        <message>
            <source>数据包大小不对</source>
            <translation>Wrong packet size</translation>
        </message>
        <message>
            <source>服务器站点“{c}”尚未登记：请先导入它的登记文件</source>
            <translation>The server site "{c}" is not enrolled: import its enrolment file first</translation>
        </message>
        <message>
            <source>服务器拒绝了本站的数据包：{e}</source>
            <translation>The server refused this site's packet: {e}</translation>
        </message>
        <message>
            <source>服务器没有给出本站的数据包：{e}</source>
            <translation>The server gave no packet for this site: {e}</translation>
        </message>
        <message>
            <source>“{u}”不是本系统的同步服务器</source>
            <translation>"{u}" is not a sync server of this system</translation>
        </message>
        <message>
            <source>无法连接同步服务器（{w}）：{e}。已重试{n}次，请检查网络后再试</source>
            <translation>Cannot reach the sync server ({w}): {e}. Tried {n} times; check the network and try again</translation>
        </message>
        <message>
            <source>连接失败，{s}秒后重试…</source>
            <translation>Connection failed, retrying in {s} s…</translation>
        </message>
        <message>
            <source>站点“{c}”未登记</source>
            <translation>Site "{c}" is not enrolled</translation>
        </message>
        <message>
            <source>这不是本系统的数据包文件</source>
            <translation>This is not a packet file of this system</translation>
        </message>
        <message>
            <source>数据包文件已损坏（长度或结尾标记不符），请重新复制或重新导出</source>
            <translation>The packet file is damaged (length or end mark wrong): copy it again or export again</translation>
        </message>
        <message>
            <source>数据包文件已损坏（校验和不符），请重新复制或重新导出</source>
            <translation>The packet file is damaged (checksum wrong): copy it again or export again</translation>
        </message>
        <message>
            <source>数据包的清单格式不对，文件已被改动</source>
            <translation>The packet's manifest is malformed: the file was altered</translation>
        </message>
        <message>
            <source>数据包清单中的序号范围不合理，文件已被改动</source>
            <translation>The sequence range in the packet's manifest makes no sense: the file was altered</translation>
        </message>
        <message>
            <source>数据包内容条数与清单不符，文件已被改动</source>
            <translation>The number of entries does not match the manifest: the file was altered</translation>
        </message>
        <message>
            <source>数据包内容各表条数与清单不符，文件已被改动</source>
            <translation>The counts per table do not match the manifest: the file was altered</translation>
        </message>
        <message>
            <source>数据包内容无法解压，文件已被改动</source>
            <translation>The packet's content cannot be decompressed: the file was altered</translation>
        </message>
        <message>
            <source>数据包的清单无法读取，文件已被改动</source>
            <translation>The packet's manifest cannot be read: the file was altered</translation>
        </message>
        <message>
            <source>数据包内容格式不对，文件已被改动</source>
            <translation>The packet's content is malformed: the file was altered</translation>
        </message>
        <message>
            <source>数据包内容中有格式不对的记录，文件已被改动</source>
            <translation>The packet holds a malformed entry: the file was altered</translation>
        </message>
        <message>
            <source>数据包文件不完整（只有{n}字节），可能复制时被中断，请重新复制</source>
            <translation>The packet file is incomplete (only {n} bytes); copying was probably interrupted: copy it again</translation>
        </message>
        <message>
            <source>数据包文件不完整（{n}字节，应为{m}字节），可能复制时被中断，请重新复制</source>
            <translation>The packet file is incomplete ({n} bytes instead of {m}); copying was probably interrupted: copy it again</translation>
        </message>
        <message>
            <source>数据包格式版本为{v}，本程序只支持到{s}：请先升级本程序再导入</source>
            <translation>The packet format version is {v}; this program reads up to {s}: upgrade it, then import</translation>
        </message>
        <message>
            <source>数据包清单缺少或写错了“{k}”，文件已被改动</source>
            <translation>The packet manifest lacks or misstates "{k}": the file was altered</translation>
        </message>
        <message>
            <source>同步冲突：采用对方版本</source>
            <translation>Sync conflict: took the other side's version</translation>
        </message>
        <message>
            <source>同步冲突：保留本站版本</source>
            <translation>Sync conflict: kept this site's version</translation>
        </message>
        <message>
            <source>待核对记录{n}对应的记录在本库中已不存在，只能保留本地版本</source>
            <translation>Review item {n}: its record no longer exists in this database; only “keep ours” is possible</translation>
        </message>
        <message>
            <source>没有编号为{n}的待核对记录</source>
            <translation>There is no review item number {n}</translation>
        </message>
        <message>
            <source>待核对记录{n}：对方版本引用的记录本库还没有（{f}），暂时无法采用；请先导入对方之前的数据包</source>
            <translation>Review item {n}: the other site's version refers to a record this database does not have yet ({f}), so it cannot be taken now; import the other site's earlier packets first</translation>
        </message>
    </context>
    <context>
        <name>sync_review</name>
        <message>
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>编号</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>代码</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>地点</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>服务者</source>
            <translation>Provider</translation>
        </message>
        <message>
            <source>结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>作废</source>
            <translation>Voided</translation>
        </message>
        <message>
            <source>作废原因</source>
            <translation>Reason voided</translation>
        </message>
        <message>
            <source>性别</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>在世</source>
            <translation>Alive</translation>
        </message>
        <message>
            <source>死亡日期</source>
            <translation>Date of death</translation>
        </message>
        <message>
            <source>迁入日期</source>
            <translation>Date moved in</translation>
        </message>
        <message>
            <source>迁出日期</source>
            <translation>Date moved out</translation>
        </message>
        <message>
            <source>孩次</source>
            <translation>Birth order</translation>
        </message>
        <message>
            <source>村民小组</source>
            <translation>Village group</translation>
        </message>
        <message>
            <source>户</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>户主</source>
            <translation>Head of household</translation>
        </message>
        <message>
            <source>本人</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>母亲</source>
            <translation>Mother</translation>
        </message>
        <message>
            <source>父亲</source>
            <translation>Father</translation>
        </message>
        <message>
            <source>妻子</source>
            <translation>Wife</translation>
        </message>
        <message>
            <source>丈夫</source>
            <translation>Husband</translation>
        </message>
        <message>
            <source>结束日期</source>
            <translation>End date</translation>
        </message>
        <message>
            <source>结束原因</source>
            <translation>End reason</translation>
        </message>
        <message>
            <source>注销原因</source>
            <translation>Exit reason</translation>
        </message>
        <message>
            <source>注销日期</source>
            <translation>Exit date</translation>
        </message>
        <message>
            <source>避孕方法</source>
            <translation>Contraceptive method</translation>
        </message>
        <message>
            <source>详情</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>开始日期</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>停用原因</source>
            <translation>Reason stopped</translation>
        </message>
        <message>
            <source>已咨询</source>
            <translation>Counselled</translation>
        </message>
        <message>
            <source>介绍过的方法</source>
            <translation>Methods explained</translation>
        </message>
        <message>
            <source>本人自主选择</source>
            <translation>Her own choice</translation>
        </message>
        <message>
            <source>配偶同查</source>
            <translation>Partner checked too</translation>
        </message>
        <message>
            <source>相关人员</source>
            <translation>Related person</translation>
        </message>
        <message>
            <source>皮埋类型</source>
            <translation>Implant type</translation>
        </message>
        <message>
            <source>避孕方法记录</source>
            <translation>Method record</translation>
        </message>
        <message>
            <source>随访人</source>
            <translation>Visited by</translation>
        </message>
        <message>
            <source>随访类型</source>
            <translation>Visit type</translation>
        </message>
        <message>
            <source>随访情况</source>
            <translation>Findings</translation>
        </message>
        <message>
            <source>发放物品</source>
            <translation>Items handed over</translation>
        </message>
        <message>
            <source>发放药具</source>
            <translation>Supply handed over</translation>
        </message>
        <message>
            <source>发放数量</source>
            <translation>Quantity handed over</translation>
        </message>
        <message>
            <source>下一步</source>
            <translation>Next step</translation>
        </message>
        <message>
            <source>奖励扶助项目</source>
            <translation>Incentive scheme</translation>
        </message>
        <message>
            <source>办理阶段</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>申请日期</source>
            <translation>Date applied</translation>
        </message>
        <message>
            <source>审核日期</source>
            <translation>Date reviewed</translation>
        </message>
        <message>
            <source>审核人</source>
            <translation>Reviewed by</translation>
        </message>
        <message>
            <source>审核意见</source>
            <translation>Review note</translation>
        </message>
        <message>
            <source>审批结果</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>经办人</source>
            <translation>Officer</translation>
        </message>
        <message>
            <source>金额（分）</source>
            <translation>Amount (fen)</translation>
        </message>
        <message>
            <source>期间</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>报表类型</source>
            <translation>Return type</translation>
        </message>
        <message>
            <source>报表数字</source>
            <translation>Return figures</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>Explanation</translation>
        </message>
        <message>
            <source>制表人</source>
            <translation>Prepared by</translation>
        </message>
        <message>
            <source>制表时间</source>
            <translation>Prepared at</translation>
        </message>
        <message>
            <source>版本</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>生效日期</source>
            <translation>Effective from</translation>
        </message>
        <message>
            <source>标题</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>数量</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>药具</source>
            <translation>Commodity</translation>
        </message>
        <message>
            <source>批号</source>
            <translation>Lot number</translation>
        </message>
        <message>
            <source>有效期</source>
            <translation>Expiry date</translation>
        </message>
        <message>
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>（空）</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>是</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>否</source>
            <translation>No</translation>
        </message>
        <message>
            <source>站点</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>个人信息</source>
            <translation>Personal details</translation>
        </message>
        <message>
            <source>育龄妇女登记卡</source>
            <translation>Register card</translation>
        </message>
        <message>
            <source>婚姻</source>
            <translation>Marriage</translation>
        </message>
        <message>
            <source>手术</source>
            <translation>Procedure</translation>
        </message>
        <message>
            <source>检查</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>生活事件</source>
            <translation>Life event</translation>
        </message>
        <message>
            <source>随访</source>
            <translation>Visit</translation>
        </message>
        <message>
            <source>随访规则版本</source>
            <translation>Follow-up rule version</translation>
        </message>
        <message>
            <source>随访规则</source>
            <translation>Follow-up rule</translation>
        </message>
        <message>
            <source>奖励扶助对象</source>
            <translation>Incentive case</translation>
        </message>
        <message>
            <source>奖励扶助审批</source>
            <translation>Incentive approval</translation>
        </message>
        <message>
            <source>公示</source>
            <translation>Public notice</translation>
        </message>
        <message>
            <source>公示名单</source>
            <translation>Notice list entry</translation>
        </message>
        <message>
            <source>公示异议</source>
            <translation>Notice objection</translation>
        </message>
        <message>
            <source>发放批次</source>
            <translation>Payment batch</translation>
        </message>
        <message>
            <source>奖励扶助发放</source>
            <translation>Incentive payment</translation>
        </message>
        <message>
            <source>个人证明事项</source>
            <translation>Personal certificate</translation>
        </message>
        <message>
            <source>药具目录版本</source>
            <translation>Catalogue version</translation>
        </message>
        <message>
            <source>药具品种</source>
            <translation>Commodity</translation>
        </message>
        <message>
            <source>药具批次</source>
            <translation>Stock lot</translation>
        </message>
        <message>
            <source>药具出入库</source>
            <translation>Stock transaction</translation>
        </message>
        <message>
            <source>药具月结</source>
            <translation>Stock month close</translation>
        </message>
        <message>
            <source>已上报报表</source>
            <translation>Sent return</translation>
        </message>
        <message>
            <source>转移申请</source>
            <translation>Transfer request</translation>
        </message>
        <message>
            <source>第{n}村民小组</source>
            <translation>Village group {n}</translation>
        </message>
        <message>
            <source>{n}户</source>
            <translation>Household {n}</translation>
        </message>
        <message>
            <source>{n}（{i}）</source>
            <translation>{n} ({i})</translation>
        </message>
        <message>
            <source>{n}的婚姻</source>
            <translation>Marriage of {n}</translation>
        </message>
        <message>
            <source>（本站没有此记录 {u}）</source>
            <translation>(record not in this database: {u})</translation>
        </message>
        <message>
            <source>（本站没有此记录）</source>
            <translation>(not in this database)</translation>
        </message>
    </context>
    <context>
        <name>sync_review_ui</name>
        <message>
            <source>{n}（{c}）</source>
            <translation>{n} ({c})</translation>
        </message>
    </context>
    <context>
        <name>timeline</name>
        <message>
            <source>注销原因</source>
            <translation>Exit reason</translation>
        </message>
        <message>
            <source>注销日期</source>
            <translation>Exit date</translation>
        </message>
        <message>
            <source>作废</source>
            <translation>Voided</translation>
        </message>
        <message>
            <source>在世</source>
            <translation>Alive</translation>
        </message>
        <message>
            <source>死亡日期</source>
            <translation>Date of death</translation>
        </message>
        <message>
            <source>迁入日期</source>
            <translation>Moved in on</translation>
        </message>
        <message>
            <source>迁出日期</source>
            <translation>Moved out on</translation>
        </message>
        <message>
            <source>婚姻结束日期</source>
            <translation>Marriage ended on</translation>
        </message>
        <message>
            <source>婚姻结束原因</source>
            <translation>Marriage end reason</translation>
        </message>
        <message>
            <source>性别</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>（空）</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>修改登记</source>
            <translation>Register entry changed</translation>
        </message>
        <message>
            <source>是</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>否</source>
            <translation>no</translation>
        </message>
        <message>
            <source>本人自主选择</source>
            <translation>her own choice</translation>
        </message>
        <message>
            <source>丈夫：{v}</source>
            <translation>husband: {v}</translation>
        </message>
        <message>
            <source>来自：{v}</source>
            <translation>from: {v}</translation>
        </message>
        <message>
            <source>去向：{v}</source>
            <translation>to: {v}</translation>
        </message>
        <message>
            <source>地点：{v}</source>
            <translation>place: {v}</translation>
        </message>
        <message>
            <source>登记入册</source>
            <translation>Entered in the register</translation>
        </message>
        <message>
            <source>婚姻登记</source>
            <translation>Marriage recorded</translation>
        </message>
        <message>
            <source>地点：{p}</source>
            <translation>place: {p}</translation>
        </message>
        <message>
            <source>服务者：{p}</source>
            <translation>provider: {p}</translation>
        </message>
        <message>
            <source>已咨询，介绍了：{m}</source>
            <translation>counselled; explained: {m}</translation>
        </message>
        <message>
            <source>开始使用{m}</source>
            <translation>Started {m}</translation>
        </message>
        <message>
            <source>{t}，{d}到期</source>
            <translation>{t}, expires {d}</translation>
        </message>
        <message>
            <source>子女：{n}</source>
            <translation>child: {n}</translation>
        </message>
        <message>
            <source>发放：{s}</source>
            <translation>handed over: {s}</translation>
        </message>
        <message>
            <source>下一步：{s}</source>
            <translation>next step: {s}</translation>
        </message>
        <message>
            <source>录入于{d}</source>
            <translation>entered on {d}</translation>
        </message>
        <message>
            <source>停用{m}</source>
            <translation>Stopped {m}</translation>
        </message>
        <message>
            <source>（未取名）</source>
            <translation>(not yet named)</translation>
        </message>
    </context>
    <context>
        <name>township</name>
        <message>
            <source>演示数据</source>
            <translation>Demo data</translation>
        </message>
        <message>
            <source>{n}组</source>
            <translation>Group {n}</translation>
        </message>
        <message>
            <source>身份证号相同</source>
            <translation>Same ID number</translation>
        </message>
        <message>
            <source>姓名和出生日期相同</source>
            <translation>Same name and date of birth</translation>
        </message>
        <message>
            <source>此版本尚未包含乡镇汇总报表（月报功能）</source>
            <translation>This version does not include the township return (monthly returns)</translation>
        </message>
        <message>
            <source>按时报送</source>
            <translation>Sent on time</translation>
        </message>
        <message>
            <source>逾期报送</source>
            <translation>Sent late</translation>
        </message>
        <message>
            <source>逾期未报</source>
            <translation>Overdue, not sent</translation>
        </message>
        <message>
            <source>未到期限</source>
            <translation>Not yet due</translation>
        </message>
        <message>
            <source>“{p}”的月份不对</source>
            <translation>The month of “{p}” is wrong</translation>
        </message>
        <message>
            <source>“{p}”不是报表期（应为 YYYY-MM、YYYY-Qn 或 YYYY）</source>
            <translation>“{p}” is not a reporting period (use YYYY-MM, YYYY-Qn or YYYY)</translation>
        </message>
        <message>
            <source>进行中</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>已完成</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>已取消</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>等待转出村注销和转入村登记</source>
            <translation>Waiting for both villages</translation>
        </message>
        <message>
            <source>转入村已登记，等待转出村注销</source>
            <translation>Registered in the new village; waiting for the old village to exit her card</translation>
        </message>
        <message>
            <source>转出村已注销，等待转入村登记</source>
            <translation>Exited in the old village; waiting for the new village to register her</translation>
        </message>
        <message>
            <source>两村均已办理</source>
            <translation>Done in both villages</translation>
        </message>
        <message>
            <source>取消必须填写原因</source>
            <translation>A reason is required to cancel</translation>
        </message>
        <message>
            <source>取消原因：</source>
            <translation>Cancelled because: </translation>
        </message>
        <message>
            <source>找不到转移申请{u}</source>
            <translation>No transfer request {u}</translation>
        </message>
        <message>
            <source>{n}在{v}的登记已注销或作废，不能再转出</source>
            <translation>{n}'s entry in {v} is exited or voided and cannot be transferred</translation>
        </message>
        <message>
            <source>没有代码为“{s}”的村</source>
            <translation>No village with code “{s}”</translation>
        </message>
        <message>
            <source>转出村和转入村相同（{v}）</source>
            <translation>The village to leave and the village to join are the same ({v})</translation>
        </message>
        <message>
            <source>{n}已有一个进行中的转移申请</source>
            <translation>{n} already has an open transfer request</translation>
        </message>
        <message>
            <source>此申请已{s}，不能取消</source>
            <translation>This request is already {s} and cannot be cancelled</translation>
        </message>
        <message>
            <source>此转移申请已{s}</source>
            <translation>This transfer request is already {s}</translation>
        </message>
        <message>
            <source>此步骤应由{v}办理（本站点：{s}）</source>
            <translation>This step is done by {v} (this site: {s})</translation>
        </message>
        <message>
            <source>本村数据库中没有{n}的登记卡</source>
            <translation>This village's database has no card for {n}</translation>
        </message>
        <message>
            <source>{n}的登记卡已于{d}转出</source>
            <translation>{n}'s card was already transferred out on {d}</translation>
        </message>
        <message>
            <source>{n}已在本村登记册上，无需再登记</source>
            <translation>{n} is already on this village's register; nothing to register</translation>
        </message>
        <message>
            <source>此功能只在乡镇计生办的数据库中使用（本站点{s}不是乡镇）</source>
            <translation>This is for the township office's database only (site {s} is not a township)</translation>
        </message>
    </context>
    <context>
        <name>visits</name>
        <message>
            <source>找不到她的这条待随访记录</source>
            <translation>This due visit of hers cannot be found</translation>
        </message>
        <message>
            <source>她的登记卡已注销，不能再登记随访</source>
            <translation>Her card has been closed; no more visits can be recorded</translation>
        </message>
        <message>
            <source>这条待随访记录已经完成</source>
            <translation>This due visit is already done</translation>
        </message>
        <message>
            <source>发放数量应为正整数</source>
            <translation>The quantity handed over must be a positive whole number</translation>
        </message>
        <message>
            <source>随访类型与待随访记录的类型不同</source>
            <translation>The visit type differs from the due visit's type</translation>
        </message>
        <message>
            <source>{d}早于她的登记日期{r}</source>
            <translation>{d} is before her registration date {r}</translation>
        </message>
        <message>
            <source>随访日期不在这条待随访记录的时间窗内（{a}至{b}）</source>
            <translation>The visit date is outside this due visit's window ({a} to {b})</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <source>报表(&amp;B)</source>
            <translation>Re&amp;turns</translation>
        </message>
        <message>
            <source>计生报表（月报、季报、年报）…</source>
            <translation>Family planning return (month, quarter, year)…</translation>
        </message>
        <message>
            <source>工作概览（近12个月）…</source>
            <translation>Overview (last 12 months)…</translation>
        </message>
    </context>
</TS>
