<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FindingCard</name>
    <message>
        <source>Seen:</source>
        <translation>发现：</translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation>修复方法：</translation>
    </message>
    <message>
        <source>Quick fix:</source>
        <translation>快速修复：</translation>
    </message>
    <message>
        <source>References:</source>
        <translation>参考：</translation>
    </message>
    <message>
        <source>Why? How to fix</source>
        <translation>为什么？如何修复</translation>
    </message>
</context>
<context>
    <name>HostColumns</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>运行状况</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驱动</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部网络</translation>
    </message>
    <message>
        <source>Mount point</source>
        <translation>挂载点</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用中的容器</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>PracticeNames</name>
    <message>
        <source>Minimal base image</source>
        <translation>最小化基础镜像</translation>
    </message>
    <message>
        <source>Non-root user</source>
        <translation>非 root 用户</translation>
    </message>
    <message>
        <source>Signed and verified images</source>
        <translation>签名并验证镜像</translation>
    </message>
    <message>
        <source>Vulnerability scanning</source>
        <translation>漏洞扫描</translation>
    </message>
    <message>
        <source>No secrets in images</source>
        <translation>镜像中不含机密</translation>
    </message>
    <message>
        <source>Pinned tags and digests</source>
        <translation>固定标签和摘要</translation>
    </message>
    <message>
        <source>LABEL metadata</source>
        <translation>LABEL 元数据</translation>
    </message>
    <message>
        <source>COPY over ADD</source>
        <translation>用 COPY 代替 ADD</translation>
    </message>
    <message>
        <source>Merged RUN layers</source>
        <translation>合并 RUN 层</translation>
    </message>
    <message>
        <source>Build cache</source>
        <translation>构建缓存</translation>
    </message>
    <message>
        <source>Multi-stage builds</source>
        <translation>多阶段构建</translation>
    </message>
    <message>
        <source>Static analysis</source>
        <translation>静态分析</translation>
    </message>
    <message>
        <source>Runtime hardening</source>
        <translation>运行时加固</translation>
    </message>
</context>
<context>
    <name>dw::ui::CompareDialog</name>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 与 %2 的对比</translation>
    </message>
    <message>
        <source>From %1 to %2: size %3 (%4 → %5); %6 shared layers; files: %7 added, %8 removed, %9 changed; packages: %10 added, %11 removed, %12 changed; findings: %13 new, %14 fixed.</source>
        <translation>从 %1 到 %2：大小 %3（%4 → %5）；共用 %6 层；文件：新增 %7，删除 %8，修改 %9；软件包：新增 %10，删除 %11，变更 %12；问题：新出现 %13，已修复 %14。</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>共用</translation>
    </message>
    <message>
        <source>different</source>
        <translation>不同</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Same?</source>
        <translation>相同？</translation>
    </message>
    <message>
        <source>permissions changed</source>
        <translation>权限已变</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Size before</source>
        <translation>之前大小</translation>
    </message>
    <message>
        <source>Size after</source>
        <translation>之后大小</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>软件包</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新出现</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>已修复</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Layers (%1 shared)</source>
        <translation>层（共用 %1）</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>文件（%1）</translation>
    </message>
    <message>
        <source>Packages (%1)</source>
        <translation>软件包（%1）</translation>
    </message>
    <message>
        <source>Findings (%1 new, %2 fixed)</source>
        <translation>问题（新出现 %1，已修复 %2）</translation>
    </message>
</context>
<context>
    <name>dw::ui::DashboardModels</name>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>实践</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>最严重</translation>
    </message>
    <message>
        <source>Risk points</source>
        <translation>风险点</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>扫描时间</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>时间（毫秒）</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
</context>
<context>
    <name>dw::ui::DashboardView</name>
    <message>
        <source>Findings</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Waivers of %1</source>
        <translation>%1 中的豁免</translation>
    </message>
    <message>
        <source>The waivers of %1 could not be read: %2</source>
        <translation>无法读取 %1 中的豁免：%2</translation>
    </message>
    <message>
        <source>Waivers not saved</source>
        <translation>豁免未保存</translation>
    </message>
    <message>
        <source>The waivers could not be written: %1</source>
        <translation>无法写入豁免：%1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Waivers (%1)</source>
        <translation>豁免（%1）</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Findings by severity</source>
        <translation>按严重程度统计的问题</translation>
    </message>
    <message>
        <source>Findings by practice</source>
        <translation>按实践统计的问题</translation>
    </message>
    <message>
        <source>Score and findings over past scans</source>
        <translation>历次扫描的评分和问题数</translation>
    </message>
    <message>
        <source>Riskiest containers and images (double-click to open)</source>
        <translation>风险最高的容器和镜像（双击打开）</translation>
    </message>
    <message>
        <source>The risk score of the Docker host at %1: 100 means nothing was found. %2 errors, %3 warnings, %4 info; %5 recorded scans.</source>
        <translation>%1 上 Docker 主机的风险评分（100 表示未发现问题）。%2 个错误，%3 个警告，%4 条提示；已记录 %5 次扫描。</translation>
    </message>
    <message>
        <source>No Docker host has been read yet. Its score, its findings and their trend over past scans appear here once the Host view is connected.</source>
        <translation>尚未读取任何 Docker 主机。“主机”视图连接后，这里会显示主机的评分、发现的问题及其在历次扫描中的趋势。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>%1 in effect · %2 expiring within two weeks · %3 expired</source>
        <translation>%1 条生效中 · %2 条两周内到期 · %3 条已过期</translation>
    </message>
    <message>
        <source>Riskiest containers and images</source>
        <translation>风险最高的容器和镜像</translation>
    </message>
    <message>
        <source>Score over past scans</source>
        <translation>历次扫描的评分</translation>
    </message>
    <message>
        <source>Waivers</source>
        <translation>豁免</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>The risk of the Docker host at a glance: its score, its findings by severity and by practice, the riskiest containers and images, and the trend over past scans.</source>
        <translation>一眼看清 Docker 主机的风险：评分、按严重程度和按实践统计的问题、风险最高的容器和镜像，以及历次扫描的趋势。</translation>
    </message>
</context>
<context>
    <name>dw::ui::DockerfileEditor</name>
    <message>
        <source>Fix:</source>
        <translation>修复：</translation>
    </message>
    <message>
        <source>References:</source>
        <translation>参考：</translation>
    </message>
    <message>
        <source>Quick fixes</source>
        <translation>快速修复</translation>
    </message>
    <message>
        <source>Fix all safe problems in this file</source>
        <translation>修复本文件中所有可安全修复的问题</translation>
    </message>
    <message>
        <source>No quick fixes on this line</source>
        <translation>此行没有可用的快速修复</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Ignore on this line</source>
        <translation>在此行忽略</translation>
    </message>
    <message>
        <source>Ignore in this file</source>
        <translation>在整个文件中忽略</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Waive with a reason</source>
        <translation>填写理由后豁免</translation>
    </message>
    <message>
        <source>Dockerfile editor</source>
        <translation>Dockerfile 编辑器</translation>
    </message>
    <message>
        <source>Compose file editor</source>
        <translation>Compose 文件编辑器</translation>
    </message>
    <message>
        <source>Shell script editor</source>
        <translation>Shell 脚本编辑器</translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation>修复方法：</translation>
    </message>
    <message>
        <source>Why? How to fix</source>
        <translation>为什么？如何修复</translation>
    </message>
    <message>
        <source>Guided fixes…</source>
        <translation>引导式修复…</translation>
    </message>
</context>
<context>
    <name>dw::ui::DockerfileLexer</name>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>Parser directive</source>
        <translation>解析器指令</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>指令</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>String</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>Continuation or heredoc marker</source>
        <translation>续行符或 heredoc 标记</translation>
    </message>
    <message>
        <source>Heredoc body</source>
        <translation>Heredoc 正文</translation>
    </message>
</context>
<context>
    <name>dw::ui::EditorArea</name>
    <message>
        <source>Open Dockerfiles</source>
        <translation>打开 Dockerfile</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Untitled %1</source>
        <translation>未命名 %1</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save Dockerfile as</source>
        <translation>Dockerfile 另存为</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 有未保存的修改。关闭前要保存吗？</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before quitting?</source>
        <translation>%1 有未保存的修改。退出前要保存吗？</translation>
    </message>
    <message>
        <source>%1 was removed from disk; the tab keeps its text</source>
        <translation>%1 已从磁盘删除；标签页中的内容仍然保留</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>文件已在磁盘上被修改</translation>
    </message>
    <message>
        <source>%1 was changed by another program, and this tab has unsaved edits. Reload it and lose the edits?</source>
        <translation>%1 被其他程序修改了，而此标签页还有未保存的编辑。要重新加载并放弃这些编辑吗？</translation>
    </message>
    <message>
        <source>Reload failed</source>
        <translation>重新加载失败</translation>
    </message>
    <message>
        <source>Reloaded %1 after an external change</source>
        <translation>%1 在外部被修改，已重新加载</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>无法打开文件</translation>
    </message>
</context>
<context>
    <name>dw::ui::EditorTab</name>
    <message>
        <source>? not in image</source>
        <translation>? 镜像中无此步</translation>
    </message>
    <message>
        <source>no layer</source>
        <translation>无层</translation>
    </message>
    <message>
        <source>L%1 %2</source>
        <translation>L%1 %2</translation>
    </message>
</context>
<context>
    <name>dw::ui::EndpointDialog</name>
    <message>
        <source>Use TLS</source>
        <translation>使用 TLS</translation>
    </message>
    <message>
        <source>Check the daemon&apos;s certificate</source>
        <translation>校验守护进程的证书</translation>
    </message>
    <message>
        <source>Add a Docker Endpoint</source>
        <translation>添加 Docker 端点</translation>
    </message>
    <message>
        <source>unix:///var/run/docker.sock or tcp://build-host:2376</source>
        <translation>unix:///var/run/docker.sock 或 tcp://build-host:2376</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Choose a PEM file</source>
        <translation>选择 PEM 文件</translation>
    </message>
    <message>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation>PEM 文件 (*.pem);;所有文件 (*)</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA 证书：</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>客户端证书：</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>客户端私钥：</translation>
    </message>
    <message>
        <source>Type the daemon&apos;s address.</source>
        <translation>请输入守护进程的地址。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Without TLS anyone on the network can read and drive this daemon: use TLS unless it only listens on localhost.</source>
        <translation>不使用 TLS 时，网络上的任何人都能读取并操控这个守护进程：除非它只监听本机地址，否则请使用 TLS。</translation>
    </message>
</context>
<context>
    <name>dw::ui::EndpointListModel</name>
    <message>
        <source>● Automatic</source>
        <translation>● 自动</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source> (current context)</source>
        <translation>（当前上下文）</translation>
    </message>
    <message>
        <source>DOCKER_HOST, the current context, or the default socket</source>
        <translation>DOCKER_HOST、当前上下文或默认套接字</translation>
    </message>
    <message>
        <source>as the docker CLI</source>
        <translation>与 docker 命令行相同</translation>
    </message>
    <message>
        <source>docker context</source>
        <translation>docker 上下文</translation>
    </message>
    <message>
        <source>added here</source>
        <translation>在此添加</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>无 TLS</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
</context>
<context>
    <name>dw::ui::EndpointPage</name>
    <message>
        <source>Where the Host view reads the Docker host from. Dockwarden only reads from the daemon; it never changes anything on the host.</source>
        <translation>“主机”视图从哪里读取 Docker 主机。Dockwarden 只从守护进程读取信息，绝不会改动主机上的任何东西。</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Docker endpoints</source>
        <translation>Docker 端点</translation>
    </message>
</context>
<context>
    <name>dw::ui::FileListModel</name>
    <message>
        <source>%1 copies (one only re-added for its mode or owner)</source>
        <translation>%1 份副本（其中一份只是为改权限或属主而重新添加）</translation>
    </message>
    <message>
        <source>%1 copies</source>
        <translation>%1 份副本</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>All copies</source>
        <translation>全部副本</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>副本</translation>
    </message>
</context>
<context>
    <name>dw::ui::FileTreeModel</name>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>属主</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
</context>
<context>
    <name>dw::ui::FolderModel</name>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Compose</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>dw::ui::FolderView</name>
    <message>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close the folder</source>
        <translation>关闭文件夹</translation>
    </message>
    <message>
        <source>Dockerfiles of the folder</source>
        <translation>文件夹中的 Dockerfile</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>dw::ui::GuideCardsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n current finding(s)</source>
        <translation>
            <numerusform>%1，当前 %n 个问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dw::ui::GuideView</name>
    <message>
        <source>Image practice</source>
        <translation>镜像实践</translation>
    </message>
    <message>
        <source>Runtime baseline</source>
        <translation>运行时基线</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>为什么重要</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>怎么做</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>避免</translation>
    </message>
    <message>
        <source>Prefer</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Rules and checks that watch it</source>
        <translation>检查这一实践的规则</translation>
    </message>
    <message>
        <source>Nothing in the open files, the host or the image breaks this practice now.</source>
        <translation>打开的文件、主机和镜像目前都没有违反这一实践。</translation>
    </message>
    <message numerus="yes">
        <source>%n in the open files</source>
        <translation>
            <numerusform>打开的文件中 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the host</source>
        <translation>
            <numerusform>主机上 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the image</source>
        <translation>
            <numerusform>镜像中 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Current findings:</source>
        <translation>当前问题：</translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation>修复方法：</translation>
    </message>
    <message>
        <source>References:</source>
        <translation>参考：</translation>
    </message>
    <message>
        <source>Search practices, rules and checks</source>
        <translation>搜索实践、规则与检查项</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>搜索指南</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>实践</translation>
    </message>
    <message>
        <source>Practice card</source>
        <translation>实践卡片</translation>
    </message>
    <message>
        <source>Guided fix: change the current Dockerfile this way, reviewing the diff first</source>
        <translation>引导式修复：按此方式修改当前 Dockerfile（先查看差异）</translation>
    </message>
</context>
<context>
    <name>dw::ui::GuidedFixDialog</name>
    <message>
        <source>Guided Fix</source>
        <translation>引导式修复</translation>
    </message>
    <message>
        <source>Guided fixes that apply</source>
        <translation>适用的引导式修复</translation>
    </message>
    <message>
        <source>Proposed changes</source>
        <translation>建议的改动</translation>
    </message>
    <message>
        <source>Proposed Dockerfile</source>
        <translation>建议的 Dockerfile</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>改动</translation>
    </message>
    <message>
        <source>Edit before applying</source>
        <translation>应用前编辑</translation>
    </message>
    <message>
        <source>Apply to the File</source>
        <translation>应用到文件</translation>
    </message>
</context>
<context>
    <name>dw::ui::HostDetails</name>
    <message>
        <source>Reveal This Value</source>
        <translation>显示此值</translation>
    </message>
    <message>
        <source>Reading the inspect data…</source>
        <translation>正在读取详细信息…</translation>
    </message>
    <message>
        <source>The daemon&apos;s answer is not valid JSON.</source>
        <translation>守护进程返回的不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The inspect data could not be read: %1</source>
        <translation>无法读取详细信息：%1</translation>
    </message>
    <message>
        <source>Nothing was found about %1.</source>
        <translation>%1 没有发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) running in %1.</source>
        <translation>
            <numerusform>%1 中有 %n 个进程在运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only containers have processes.</source>
        <translation>只有容器才有进程。</translation>
    </message>
    <message>
        <source>%1 is not running.</source>
        <translation>%1 未在运行。</translation>
    </message>
    <message>
        <source>The processes of %1 are not known.</source>
        <translation>%1 的进程未知。</translation>
    </message>
    <message>
        <source>No value here looks like a secret.</source>
        <translation>这里没有像是机密的值。</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) that look like secrets are redacted; double-click one to reveal it.</source>
        <translation>
            <numerusform>已隐去 %n 个疑似机密的值；双击某个值即可显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Daemon</source>
        <translation>守护进程</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>数据卷</translation>
    </message>
    <message>
        <source>Select a row to see its details</source>
        <translation>选择一行以查看详情</translation>
    </message>
    <message>
        <source>Open Image</source>
        <translation>打开镜像</translation>
    </message>
    <message>
        <source>Show this image&apos;s layers and findings in the Images view</source>
        <translation>在“镜像”视图中查看此镜像的层和发现的问题</translation>
    </message>
    <message>
        <source>Containers Using It</source>
        <translation>使用它的容器</translation>
    </message>
    <message>
        <source>List the containers created from this image</source>
        <translation>列出由此镜像创建的容器</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>Hide Revealed Values</source>
        <translation>重新隐去已显示的值</translation>
    </message>
    <message>
        <source>Findings of the selected object</source>
        <translation>所选对象的问题</translation>
    </message>
    <message>
        <source>Inspect data</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Inspect data as JSON</source>
        <translation>JSON 格式的详细信息</translation>
    </message>
</context>
<context>
    <name>dw::ui::HostSession</name>
    <message>
        <source>Not connected to a Docker daemon.</source>
        <translation>未连接到 Docker 守护进程。</translation>
    </message>
</context>
<context>
    <name>dw::ui::HostTableModel</name>
    <message>
        <source>%1 risk points of at most 40 in the host&apos;s score</source>
        <translation>在主机评分中占 %1 个风险点（最多 40）</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <source>Listed; its details are still being read and checked.</source>
        <translation>已列出；其详细信息仍在读取和检查中。</translation>
    </message>
</context>
<context>
    <name>dw::ui::HostView</name>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取%1…</translation>
    </message>
    <message>
        <source>The connection to the Docker daemon at %1 was lost. The data below is from before; the view reconnects by itself.</source>
        <translation>与 %1 上的 Docker 守护进程的连接已断开。下方是断开前的数据；视图会自动重新连接。</translation>
    </message>
    <message>
        <source>No Docker daemon was found.</source>
        <translation>未找到 Docker 守护进程。</translation>
    </message>
    <message>
        <source>No Docker daemon was found at %1.</source>
        <translation>在 %1 未找到 Docker 守护进程。</translation>
    </message>
    <message>
        <source>This user may not open the daemon&apos;s socket: join the docker group (and log in again) or run as root.</source>
        <translation>当前用户无权打开守护进程的套接字：请加入 docker 用户组（并重新登录），或以 root 身份运行。</translation>
    </message>
    <message>
        <source>The TLS handshake failed: check the certificate paths of the endpoint.</source>
        <translation>TLS 握手失败：请检查该端点的证书路径。</translation>
    </message>
    <message>
        <source>Check the Docker endpoint in Settings, DOCKER_HOST and the current docker context.</source>
        <translation>请检查“设置”中的 Docker 端点、DOCKER_HOST 以及当前的 docker 上下文。</translation>
    </message>
    <message>
        <source>The daemon did not answer in time: it may be busy or hung. Check it, then retry.</source>
        <translation>守护进程未及时响应，可能正忙或已挂起。请检查后重试。</translation>
    </message>
    <message>
        <source>Start the Docker daemon, or set its endpoint in Settings, then choose Tools › Reconnect to Docker.</source>
        <translation>请启动 Docker 守护进程，或在“设置”中指定其端点，然后选择“工具 › 重新连接 Docker”。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>Reading the host was cancelled.</source>
        <translation>已取消读取主机。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Reading the Docker host at %1…</source>
        <translation>正在读取 %1 上的 Docker 主机…</translation>
    </message>
    <message>
        <source>Looking for a Docker daemon…</source>
        <translation>正在查找 Docker 守护进程…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>The host&apos;s risk score: 100 means nothing was found, 0 means many serious findings.</source>
        <translation>主机的风险评分：100 表示未发现问题，0 表示存在大量严重问题。</translation>
    </message>
    <message>
        <source>Docker %1 (API %2) at %3 · %4 errors, %5 warnings, %6 info · daemon findings:</source>
        <translation>Docker %1（API %2），位于 %3 · %4 个错误，%5 个警告，%6 条提示 · 守护进程的问题：</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● 实时</translation>
    </message>
    <message>
        <source>Following the daemon&apos;s events: the tables change as containers come and go.</source>
        <translation>正在跟踪守护进程的事件：容器增删时表格随之更新。</translation>
    </message>
    <message>
        <source>○ Stale</source>
        <translation>○ 已过时</translation>
    </message>
    <message>
        <source>The daemon is away; the data is the last known. Reconnecting…</source>
        <translation>守护进程不可用；显示的是最后已知的数据。正在重新连接…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ 离线</translation>
    </message>
    <message>
        <source>Docker host at %1, live</source>
        <translation>Docker 主机 %1，实时</translation>
    </message>
    <message>
        <source>Lost the Docker daemon at %1; reconnecting</source>
        <translation>与 %1 上的 Docker 守护进程断开；正在重新连接</translation>
    </message>
    <message>
        <source>No Docker daemon</source>
        <translation>没有 Docker 守护进程</translation>
    </message>
    <message>
        <source>No Docker daemon at %1</source>
        <translation>%1 上没有 Docker 守护进程</translation>
    </message>
    <message>
        <source>Docker host</source>
        <translation>Docker 主机</translation>
    </message>
    <message>
        <source>The containers, images, networks and volumes of a Docker host, each with the risks found in its settings and what to change.</source>
        <translation>Docker 主机上的容器、镜像、网络和数据卷，以及各自配置中发现的风险和修改方法。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the whole host again</source>
        <translation>重新读取整个主机</translation>
    </message>
    <message>
        <source>Search names, images, ports, states…</source>
        <translation>搜索名称、镜像、端口、状态…</translation>
    </message>
    <message>
        <source>With findings only</source>
        <translation>仅显示有问题的</translation>
    </message>
    <message>
        <source>Image: %1 ✕</source>
        <translation>镜像：%1 ✕</translation>
    </message>
    <message>
        <source>Show the containers of every image again</source>
        <translation>重新显示所有镜像的容器</translation>
    </message>
    <message>
        <source>Containers (%1)</source>
        <translation>容器（%1）</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>镜像（%1）</translation>
    </message>
    <message>
        <source>Networks (%1)</source>
        <translation>网络（%1）</translation>
    </message>
    <message>
        <source>Volumes (%1)</source>
        <translation>数据卷（%1）</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>数据卷</translation>
    </message>
    <message>
        <source>Findings about the daemon</source>
        <translation>守护进程的问题</translation>
    </message>
    <message>
        <source>Search the host&apos;s objects</source>
        <translation>搜索主机上的对象</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>containers</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>The score is computed once every object is checked.</source>
        <translation>所有对象检查完毕后才计算评分。</translation>
    </message>
    <message>
        <source>Docker %1 (API %2) at %3</source>
        <translation>位于 %3 的 Docker %1（API %2）</translation>
    </message>
    <message>
        <source>%1 · listed %2 containers and %3 images; reading and checking their details…</source>
        <translation>%1 · 已列出 %2 个容器和 %3 个镜像；正在读取并检查其详细信息…</translation>
    </message>
    <message>
        <source>%1 · %2 errors, %3 warnings, %4 info so far · reading the processes of running containers…</source>
        <translation>%1 · 目前 %2 个错误、%3 个警告、%4 条提示 · 正在读取运行中容器的进程…</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%2/%3</translation>
    </message>
    <message>
        <source>lists</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>收尾</translation>
    </message>
</context>
<context>
    <name>dw::ui::ImageView</name>
    <message>
        <source>Reading: %1 of %2</source>
        <translation>正在读取：%1 / %2</translation>
    </message>
    <message>
        <source>Analysing: %1</source>
        <translation>正在分析：%1</translation>
    </message>
    <message>
        <source>There is no Docker daemon to read %1 from.</source>
        <translation>没有可读取 %1 的 Docker 守护进程。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>软件包</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>漏洞</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装版本</translation>
    </message>
    <message>
        <source>Fixed in</source>
        <translation>修复版本</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>No image is open.</source>
        <translation>没有打开的镜像。</translation>
    </message>
    <message>
        <source>Export the SBOM (CycloneDX)</source>
        <translation>导出 SBOM（CycloneDX）</translation>
    </message>
    <message>
        <source>CycloneDX JSON (*.json)</source>
        <translation>CycloneDX JSON (*.json)</translation>
    </message>
    <message>
        <source>SBOM written to %1</source>
        <translation>SBOM 已写入 %1</translation>
    </message>
    <message>
        <source>Could not write the SBOM: %1</source>
        <translation>无法写入 SBOM：%1</translation>
    </message>
    <message>
        <source>Open an OCI image layout</source>
        <translation>打开 OCI 镜像布局目录</translation>
    </message>
    <message>
        <source>Open a saved image</source>
        <translation>打开保存的镜像</translation>
    </message>
    <message>
        <source>Image archives (*.tar *.tar.gz *.tgz);;All files (*)</source>
        <translation>镜像归档 (*.tar *.tar.gz *.tgz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The Docker host has no images to open (or no daemon was found).</source>
        <translation>Docker 主机上没有可打开的镜像（或未找到守护进程）。</translation>
    </message>
    <message>
        <source>Open an image from the daemon</source>
        <translation>从守护进程打开镜像</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>镜像：</translation>
    </message>
    <message numerus="yes">
        <source>%n vulnerabilit(ies) (%1)</source>
        <translation>
            <numerusform>%n 个漏洞（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>vulnerabilities not scanned</source>
        <translation>未做漏洞扫描</translation>
    </message>
    <message>
        <source>unknown OS</source>
        <translation>未知操作系统</translation>
    </message>
    <message>
        <source>Scanned with %1 %2.</source>
        <translation>已用 %1 %2 扫描。</translation>
    </message>
    <message>
        <source>Not scanned: %1</source>
        <translation>未扫描：%1</translation>
    </message>
    <message>
        <source>Open Tarball…</source>
        <translation>打开归档文件…</translation>
    </message>
    <message>
        <source>Open an image saved with `docker save` (you can also drop it here)</source>
        <translation>打开用 `docker save` 保存的镜像（也可以直接拖放到这里）</translation>
    </message>
    <message>
        <source>Open OCI Layout…</source>
        <translation>打开 OCI 布局…</translation>
    </message>
    <message>
        <source>Open from Daemon…</source>
        <translation>从守护进程打开…</translation>
    </message>
    <message>
        <source>Export SBOM…</source>
        <translation>导出 SBOM…</translation>
    </message>
    <message>
        <source>Containers Using It</source>
        <translation>使用它的容器</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Open an image from the Docker daemon, a tarball made by `docker save` or an OCI layout directory (or drop it here) to see its layers, the space they waste, the secrets and setuid files in them, its packages and the findings of every image check.</source>
        <translation>从 Docker 守护进程、`docker save` 生成的归档文件或 OCI 布局目录打开镜像（也可以拖放到这里），查看它的各层、浪费的空间、层中的机密和 setuid 文件、软件包，以及每项镜像检查发现的问题。</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>已取消打开 %1。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Could not open the image: %1</source>
        <translation>无法打开镜像：%1</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <source>Largest Files</source>
        <translation>最大的文件</translation>
    </message>
    <message>
        <source>Wasted Files (%1)</source>
        <translation>浪费空间的文件（%1）</translation>
    </message>
    <message>
        <source>Packages (%1)</source>
        <translation>软件包（%1）</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>漏洞</translation>
    </message>
    <message>
        <source>Files of the whole image (after layer %1)</source>
        <translation>整个镜像的文件（第 %1 层之后）</translation>
    </message>
    <message>
        <source>Files after layer %1; its changes are marked</source>
        <translation>第 %1 层之后的文件；该层的变更已标出</translation>
    </message>
    <message>
        <source>Filter by path…</source>
        <translation>按路径筛选…</translation>
    </message>
    <message>
        <source>Changes in this layer</source>
        <translation>仅本层变更</translation>
    </message>
    <message>
        <source>Wasted only</source>
        <translation>仅浪费空间的</translation>
    </message>
    <message>
        <source>With findings</source>
        <translation>仅有问题的</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Files of the image</source>
        <translation>镜像的文件</translation>
    </message>
    <message>
        <source>Findings of the image</source>
        <translation>镜像的问题</translation>
    </message>
    <message>
        <source>No image check found anything.</source>
        <translation>镜像检查没有发现问题。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · score &lt;b&gt;%2&lt;/b&gt; · %3 in %4 · efficiency &lt;b&gt;%5%&lt;/b&gt; · wasted %6 · reclaimable %7 · %8 · %9 · %10</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · 评分 &lt;b&gt;%2&lt;/b&gt; · %4共 %3 · 空间效率 &lt;b&gt;%5%&lt;/b&gt; · 浪费 %6 · 可回收 %7 · %8 · %9 · %10</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n 层</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n 个软件包</numerusform>
        </translation>
    </message>
    <message>
        <source>A Saved Image (Tarball)…</source>
        <translation>保存的镜像（归档文件）…</translation>
    </message>
    <message>
        <source>An Image of the Daemon…</source>
        <translation>守护进程中的镜像…</translation>
    </message>
    <message>
        <source>Compare with a saved image</source>
        <translation>与保存的镜像对比</translation>
    </message>
    <message>
        <source>Compare with an image of the daemon</source>
        <translation>与守护进程中的镜像对比</translation>
    </message>
    <message>
        <source>Reading %1 to compare…</source>
        <translation>正在读取 %1 以进行对比…</translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation>对比…</translation>
    </message>
    <message>
        <source>Compare this image with another: layers, files, packages and findings</source>
        <translation>将此镜像与另一个镜像对比：层、文件、软件包和问题</translation>
    </message>
</context>
<context>
    <name>dw::ui::InspectTreeModel</name>
    <message>
        <source>Redacted: it looks like a secret. Double-click or use the context menu to reveal it.</source>
        <translation>已隐去：这看起来是机密。双击或通过右键菜单显示。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>dw::ui::LayersModel</name>
    <message>
        <source>+%1 ~%2 −%3</source>
        <translation>+%1 ~%2 −%3</translation>
    </message>
    <message>
        <source>(step not recorded)</source>
        <translation>（未记录构建步骤）</translation>
    </message>
    <message>
        <source>%1 files added, %2 modified (%3 with the same content), %4 deleted</source>
        <translation>新增 %1 个文件，修改 %2 个（其中 %3 个内容未变），删除 %4 个</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>浪费</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>构建步骤</translation>
    </message>
</context>
<context>
    <name>dw::ui::LessonListModel</name>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message numerus="yes">
        <source>%n hint(s) taken</source>
        <translation>
            <numerusform>已看 %n 条提示</numerusform>
        </translation>
    </message>
    <message>
        <source>Started</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>dw::ui::MainWindow</name>
    <message numerus="yes">
        <source>Applied %n fix(es)</source>
        <translation>
            <numerusform>已应用 %n 处修复</numerusform>
        </translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>编辑器</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>指南</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;New Dockerfile</source>
        <translation>新建 Dockerfile(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quick Fix…</source>
        <translation>快速修复(&amp;Q)…</translation>
    </message>
    <message>
        <source>Fix &amp;All Safe Problems</source>
        <translation>修复所有安全问题(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Problems Panel</source>
        <translation>问题面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Messages Under Lines</source>
        <translation>在行下显示提示(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Reconnect to Docker</source>
        <translation>重新连接 Docker(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About Dockwarden</source>
        <translation>关于 Dockwarden(&amp;A)</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 info</source>
        <translation>%1 个错误，%2 个警告，%3 条提示</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>%1 — Dockwarden</source>
        <translation>%1 — Dockwarden</translation>
    </message>
    <message>
        <source>Dockwarden</source>
        <translation>Dockwarden</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Some files of the last session are gone: %1</source>
        <translation>上次会话中的部分文件已不存在：%1</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>About Dockwarden</source>
        <translation>关于 Dockwarden</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Dockwarden %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A workbench for container security: Dockerfile linting with quick fixes, Docker host checks and image analysis, in English and Simplified Chinese.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dockwarden %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;容器安全工作台：带快速修复的 Dockerfile 检查、Docker 主机检查和镜像分析，支持简体中文和英文。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sample Dockerfile</source>
        <translation>示例 Dockerfile</translation>
    </message>
    <message>
        <source>Linting the folder was cancelled</source>
        <translation>已取消对文件夹的检查</translation>
    </message>
    <message>
        <source>Open a folder of Dockerfiles</source>
        <translation>打开包含 Dockerfile 的文件夹</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n unsaved Dockerfile(s) from the last session</source>
        <translation>
            <numerusform>已恢复上次会话中 %n 个未保存的 Dockerfile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Dockerfile(s) in %1</source>
        <translation>
            <numerusform>%1 中有 %n 个 Dockerfile</numerusform>
        </translation>
    </message>
    <message>
        <source>No stage or build argument under the cursor</source>
        <translation>光标处没有构建阶段或构建参数</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>%1 的新名称：</translation>
    </message>
    <message>
        <source>Cannot rename</source>
        <translation>无法重命名</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>自动补全(&amp;C)</translation>
    </message>
    <message>
        <source>Go to &amp;Definition</source>
        <translation>转到定义(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;name Stage or Argument…</source>
        <translation>重命名阶段或参数(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>大纲(&amp;O)</translation>
    </message>
    <message>
        <source>Outline of stages</source>
        <translation>构建阶段大纲</translation>
    </message>
    <message>
        <source>The build stages of this Dockerfile</source>
        <translation>此 Dockerfile 的构建阶段</translation>
    </message>
    <message>
        <source>Rule choices saved in %1</source>
        <translation>规则设置已保存到 %1</translation>
    </message>
    <message>
        <source>Build arguments</source>
        <translation>构建参数</translation>
    </message>
    <message>
        <source>One NAME=VALUE per line, as docker build --build-arg takes them; every open Dockerfile is linted with them (for ARG defaults, FROM ${VERSION} and the rules that read them):</source>
        <translation>每行一个 NAME=VALUE，与 docker build --build-arg 的写法相同；所有已打开的 Dockerfile 都会用这些参数检查（影响 ARG 默认值、FROM ${VERSION} 以及读取它们的规则）：</translation>
    </message>
    <message>
        <source>&amp;Build Arguments…</source>
        <translation>构建参数(&amp;B)…</translation>
    </message>
    <message>
        <source>Waiver not written</source>
        <translation>豁免未写入</translation>
    </message>
    <message>
        <source>%1 waived in %2</source>
        <translation>已在 %2 中豁免 %1</translation>
    </message>
    <message>
        <source>The scan was not recorded: %1</source>
        <translation>扫描结果未记录：%1</translation>
    </message>
    <message>
        <source>&amp;Link to the Image in the Images View</source>
        <translation>关联到“镜像”视图中的镜像(&amp;L)</translation>
    </message>
    <message>
        <source>Show beside each instruction the layer it made, and the image&apos;s findings at the lines that caused them</source>
        <translation>在每条指令旁显示它生成的层，并把镜像中发现的问题标到产生它们的行上</translation>
    </message>
    <message>
        <source>Open the image built from this Dockerfile in the Images view first.</source>
        <translation>请先在“镜像”视图中打开由此 Dockerfile 构建的镜像。</translation>
    </message>
    <message>
        <source>Open the Dockerfile the image was built from first.</source>
        <translation>请先打开构建该镜像所用的 Dockerfile。</translation>
    </message>
    <message>
        <source>%1 is linked to the image %2.</source>
        <translation>%1 已关联到镜像 %2。</translation>
    </message>
    <message>
        <source>Open Files</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Dockerfiles and Compose files (Dockerfile Dockerfile.* *.Dockerfile *.dockerfile Containerfile compose.yaml compose.yml compose.*.yaml compose.*.yml docker-compose.yaml docker-compose.yml docker-compose.*.yaml docker-compose.*.yml);;Dockerfiles (Dockerfile Dockerfile.* *.Dockerfile *.dockerfile Containerfile);;Compose files (compose.yaml compose.yml compose.*.yaml compose.*.yml docker-compose.yaml docker-compose.yml docker-compose.*.yaml docker-compose.*.yml);;Shell scripts (*.sh *.bash);;All files (*)</source>
        <translation>Dockerfile 与 Compose 文件 (Dockerfile Dockerfile.* *.Dockerfile *.dockerfile Containerfile compose.yaml compose.yml compose.*.yaml compose.*.yml docker-compose.yaml docker-compose.yml docker-compose.*.yaml docker-compose.*.yml);;Dockerfile (Dockerfile Dockerfile.* *.Dockerfile *.dockerfile Containerfile);;Compose 文件 (compose.yaml compose.yml compose.*.yaml compose.*.yml docker-compose.yaml docker-compose.yml docker-compose.*.yaml docker-compose.*.yml);;Shell 脚本 (*.sh *.bash);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Guided Fixes…</source>
        <translation>引导式修复(&amp;G)…</translation>
    </message>
    <message>
        <source>Changes that a quick fix cannot make (a build stage, an unprivileged user, build secrets), shown as a diff first</source>
        <translation>快速修复做不到的改动（构建阶段、非特权用户、构建机密），先以差异形式展示</translation>
    </message>
    <message>
        <source>Guided fixes work on a Dockerfile: open one in the editor.</source>
        <translation>引导式修复针对 Dockerfile：请先在编辑器中打开一个。</translation>
    </message>
    <message>
        <source>No guided fix applies to %1.</source>
        <translation>%1 没有适用的引导式修复。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the findings of the open files, the host and the image as a PDF, HTML or JSON report</source>
        <translation>把已打开文件、主机和镜像的检查结果导出为 PDF、HTML 或 JSON 报告</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Docker host: %1</source>
        <translation>Docker 主机：%1</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>镜像：%1</translation>
    </message>
    <message>
        <source>Nothing to report yet: open a file, connect to a host or open an image.</source>
        <translation>暂无可导出的内容：请先打开文件、连接主机或打开镜像。</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>Report written to %1 (%2)</source>
        <translation>报告已写入 %1（%2）</translation>
    </message>
</context>
<context>
    <name>dw::ui::ObjectFindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>dw::ui::OutlineModel</name>
    <message>
        <source>stage %1</source>
        <translation>阶段 %1</translation>
    </message>
    <message>
        <source>%1  ←  %2</source>
        <translation>%1  ←  %2</translation>
    </message>
    <message>
        <source>Stage %1, lines %2–%3</source>
        <translation>阶段 %1，第 %2–%3 行</translation>
    </message>
    <message>
        <source>Lines %1–%2</source>
        <translation>第 %1–%2 行</translation>
    </message>
</context>
<context>
    <name>dw::ui::ProblemsModel</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>风格</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <source>%1 %2 at line %3: %4</source>
        <translation>%1 %2，第 %3 行：%4</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
</context>
<context>
    <name>dw::ui::ProblemsView</name>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Problems table</source>
        <translation>问题列表</translation>
    </message>
    <message>
        <source>Problems filter</source>
        <translation>问题筛选</translation>
    </message>
    <message>
        <source>No problems to show. Findings of the open Dockerfiles appear here as you type.</source>
        <translation>没有要显示的问题。编辑时，已打开的 Dockerfile 的检查结果会显示在这里。</translation>
    </message>
    <message>
        <source>Show or hide %1 findings</source>
        <translation>显示或隐藏“%1”级别的问题</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Filter by rule, title, message or file</source>
        <translation>按规则、标题、信息或文件筛选</translation>
    </message>
    <message>
        <source>Why? How to fix (%1)</source>
        <translation>为什么？如何修复（%1）</translation>
    </message>
    <message>
        <source>Go to the finding</source>
        <translation>转到该问题</translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation>实践：%1</translation>
    </message>
    <message>
        <source>Show the findings of every rule again</source>
        <translation>重新显示所有规则的问题</translation>
    </message>
</context>
<context>
    <name>dw::ui::ReportExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Scans in the report</source>
        <translation>报告包含的检查</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>HTML page (one file)</source>
        <translation>HTML 网页（单个文件）</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>JSON 数据</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <source>Container security report</source>
        <translation>容器安全报告</translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>报告标题</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>报告文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Scans:</source>
        <translation>检查：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>报告未能写入：%1</translation>
    </message>
</context>
<context>
    <name>dw::ui::RulesModel</name>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
</context>
<context>
    <name>dw::ui::RulesPage</name>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Rule choices for the Dockerfiles under %1, saved in %2 (dockwarden-cli reads the same file).</source>
        <translation>%1 下的 Dockerfile 所用的规则设置，保存在 %2（dockwarden-cli 读取同一个文件）。</translation>
    </message>
    <message>
        <source>Filter rules by id or title</source>
        <translation>按编号或标题筛选规则</translation>
    </message>
    <message>
        <source>Rules filter</source>
        <translation>规则筛选</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>&amp;Save to .dockwarden.yaml</source>
        <translation>保存到 .dockwarden.yaml(&amp;S)</translation>
    </message>
    <message>
        <source>Reset to &amp;defaults</source>
        <translation>恢复默认(&amp;D)</translation>
    </message>
</context>
<context>
    <name>dw::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation>编辑器字体(&amp;F)：</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>字号(&amp;S)：</translation>
    </message>
    <message>
        <source>Show each finding&apos;s message under its line</source>
        <translation>在每个问题所在行的下方显示提示</translation>
    </message>
    <message>
        <source>Check RUN scripts with ShellCheck (needs shellcheck installed)</source>
        <translation>用 ShellCheck 检查 RUN 脚本（需要安装 shellcheck）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation>编辑器字体</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>字号</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Record each host and image scan in the history (for the dashboard&apos;s trend)</source>
        <translation>将每次主机和镜像扫描记入历史（用于仪表盘中的趋势）</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
</context>
<context>
    <name>dw::ui::TrainingView</name>
    <message>
        <source>The progress of %1 cannot be read: %2</source>
        <translation>无法读取 %1 的学习进度：%2</translation>
    </message>
    <message>
        <source>Lesson %1 · %2</source>
        <translation>第 %1 课 · %2</translation>
    </message>
    <message>
        <source>Lesson started: fix %1 in the editor; the lesson is marked done as soon as its goal is met.</source>
        <translation>课程已开始：请在编辑器中修改 %1，达成目标后本课会立即标记为完成。</translation>
    </message>
    <message>
        <source>Lesson complete: %1</source>
        <translation>课程完成：%1</translation>
    </message>
    <message>
        <source>The progress was not saved: %1</source>
        <translation>学习进度未能保存：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped: %1</source>
        <translation>
            <numerusform>跳过了 %n 个文件：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder with the learners&apos; progress files</source>
        <translation>存放学员进度文件的文件夹</translation>
    </message>
    <message>
        <source>Save the class summary</source>
        <translation>保存全班汇总</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation>PDF 文件 (*.pdf);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Writing the class summary…</source>
        <translation>正在生成全班汇总…</translation>
    </message>
    <message>
        <source>The class summary was not written: %1</source>
        <translation>全班汇总未能写入：%1</translation>
    </message>
    <message>
        <source>Class summary written to %1. %2</source>
        <translation>全班汇总已写入 %1。%2</translation>
    </message>
    <message>
        <source>&amp;Learner:</source>
        <translation>学员(&amp;L)：</translation>
    </message>
    <message>
        <source>Your name, so that your progress is saved</source>
        <translation>填写你的名字，以便保存学习进度</translation>
    </message>
    <message>
        <source>Learner name</source>
        <translation>学员姓名</translation>
    </message>
    <message>
        <source>Class summary…</source>
        <translation>全班汇总…</translation>
    </message>
    <message>
        <source>Merge the progress files of a class, collected in one folder, into a PDF or CSV table</source>
        <translation>把收集到同一文件夹中的全班进度文件合并成一张 PDF 或 CSV 表格</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课程列表</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>&amp;Start lesson</source>
        <translation>开始本课(&amp;S)</translation>
    </message>
    <message>
        <source>Show &amp;hint</source>
        <translation>查看提示(&amp;H)</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>从头再来(&amp;O)</translation>
    </message>
    <message>
        <source>Put the lesson&apos;s starting file back into its editor tab</source>
        <translation>把本课的初始文件恢复到编辑器标签页中</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s); enter a name to keep your progress</source>
        <translation>
            <numerusform>共 %n 课；填写名字即可保存学习进度</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lesson(s) done</source>
        <translation>
            <numerusform>已完成 %1 / %n 课</numerusform>
        </translation>
    </message>
    <message>
        <source>These lesson files could not be loaded:</source>
        <translation>以下课程文件无法加载：</translation>
    </message>
    <message>
        <source>Choose a lesson on the left.</source>
        <translation>请在左侧选择一门课程。</translation>
    </message>
    <message>
        <source>Show the &amp;fix</source>
        <translation>查看修复方法(&amp;F)</translation>
    </message>
    <message>
        <source>Lesson complete. Well done: the goal is met and the file still parses.</source>
        <translation>本课完成，做得好：目标已达成，文件仍可正常解析。</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>still reported</source>
        <translation>仍被报告</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>已修复</translation>
    </message>
    <message>
        <source>the file still parses</source>
        <translation>文件仍可正常解析</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>否：%1</translation>
    </message>
    <message>
        <source>Start the lesson to edit its file; the goal is checked as you type.</source>
        <translation>开始本课后即可编辑文件，输入时会实时检查目标是否达成。</translation>
    </message>
    <message>
        <source>The fix</source>
        <translation>修复方法</translation>
    </message>
    <message>
        <source>Hint %1</source>
        <translation>提示 %1</translation>
    </message>
</context>
<context>
    <name>dw::ui::WaiverDialog</name>
    <message>
        <source>Waive %1</source>
        <translation>豁免 %1</translation>
    </message>
    <message>
        <source>A waived finding is no longer reported as a problem, but every report still lists it with the reason. The waiver is written into .dockwarden.yaml, which the command line reads too.</source>
        <translation>被豁免的问题不再作为问题报告，但每份报告仍会连同理由一起列出。豁免写入 .dockwarden.yaml，命令行工具同样会读取它。</translation>
    </message>
    <message>
        <source>Why is this risk accepted? (required)</source>
        <translation>为什么接受这个风险？（必填）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>规则：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>Files, containers or images the waiver covers, as a glob; empty covers everything</source>
        <translation>豁免覆盖的文件、容器或镜像（通配符模式）；留空表示全部</translation>
    </message>
    <message>
        <source>Applies to (glob):</source>
        <translation>适用范围（通配符）：</translation>
    </message>
    <message>
        <source>New Waiver</source>
        <translation>新建豁免</translation>
    </message>
    <message>
        <source>A rule or check id, e.g. DL3008 or DWH505</source>
        <translation>规则或检查 ID，例如 DL3008 或 DWH505</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Edit the Waiver of %1</source>
        <translation>编辑 %1 的豁免</translation>
    </message>
</context>
<context>
    <name>dw::ui::WaiverModel</name>
    <message>
        <source>(everything)</source>
        <translation>（全部）</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>无期限</translation>
    </message>
    <message>
        <source>in effect, no end</source>
        <translation>生效中，无期限</translation>
    </message>
    <message>
        <source>in effect</source>
        <translation>生效中</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <source>expired: the finding is reported again</source>
        <translation>已过期：该问题会重新报告</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
</TS>
