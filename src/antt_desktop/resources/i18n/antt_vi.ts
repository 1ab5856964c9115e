<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>About</name>
    <message>
        <source>Database server: %1</source>
        <translation>Máy chủ cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Managing the movement of all people protecting national security (Phong trào toàn dân bảo vệ an ninh Tổ quốc).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Quản lý Phong trào toàn dân bảo vệ an ninh Tổ quốc.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Thư mục dữ liệu: %1</translation>
    </message>
    <message>
        <source>Bundled: Liberation Serif fonts (SIL Open Font License 1.1); Qt for Python %1 (LGPL 3); SQLAlchemy, Alembic, openpyxl, cryptography (MIT/BSD/Apache licences); reportlab (BSD); psycopg (LGPL 3).</source>
        <translation>Kèm theo: phông chữ Liberation Serif (giấy phép SIL Open Font License 1.1); Qt for Python %1 (LGPL 3); SQLAlchemy, Alembic, openpyxl, cryptography (giấy phép MIT/BSD/Apache); reportlab (BSD); psycopg (LGPL 3).</translation>
    </message>
    <message>
        <source>Database size: %1 MB</source>
        <translation>Dung lượng cơ sở dữ liệu: %1 MB</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Model activity</source>
        <translation>Hoạt động của mô hình</translation>
    </message>
    <message>
        <source>&amp;Date (dd/mm/yyyy):</source>
        <translation>&amp;Ngày (ngày/tháng/năm):</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>Số người &amp;tham gia:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Kết quả:</translation>
    </message>
</context>
<context>
    <name>ActivityEditDialog</name>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Sửa hoạt động</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Thêm hoạt động</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <source>PDF or image (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>PDF hoặc ảnh (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Xóa tệp</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>Xóa “%1”?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Loại hoạt động:</translation>
    </message>
    <message>
        <source>&amp;Date (dd/mm/yyyy):</source>
        <translation>&amp;Ngày (ngày/tháng/năm):</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>Đợt &amp;cao điểm:</translation>
    </message>
    <message>
        <source>Residential &amp;area:</source>
        <translation>Đị&amp;a bàn:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <source>e.g. nhà văn hóa thôn</source>
        <translation>ví dụ: nhà văn hóa thôn</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Mô hình:</translation>
    </message>
    <message>
        <source>&amp;Organisers:</source>
        <translation>Đơn vị &amp;tổ chức:</translation>
    </message>
    <message>
        <source>Partici&amp;pants:</source>
        <translation>Số người tham &amp;gia:</translation>
    </message>
    <message>
        <source>People &amp;reached:</source>
        <translation>Số người được tuyên &amp;truyền:</translation>
    </message>
    <message>
        <source>Propaganda c&amp;hannel:</source>
        <translation>&amp;Hình thức tuyên truyền:</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation>&amp;Kết quả:</translation>
    </message>
    <message>
        <source>Prestigious people &amp;taking part:</source>
        <translation>Người có uy tín tham &amp;gia:</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>Đính &amp;kèm tệp…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Xóa tệp</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>active</source>
        <translation>đang dùng</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>đã khóa</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Đăng nhập gần nhất</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Bản sao lưu</translation>
    </message>
    <message>
        <source>Size (KB)</source>
        <translation>Dung lượng (KB)</translation>
    </message>
    <message>
        <source>Private keys</source>
        <translation>Khóa riêng</translation>
    </message>
    <message>
        <source>The database is on a PostgreSQL server: backups and restores are made there (pg_dump and pg_restore by the server&apos;s administrator), not from ANTT Desktop.</source>
        <translation>Cơ sở dữ liệu nằm trên máy chủ PostgreSQL: việc sao lưu và khôi phục do người quản trị máy chủ thực hiện tại máy chủ (pg_dump, pg_restore), không làm từ ANTT Desktop.</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Mọi người dùng</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Mọi thao tác</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>Vai trò của %1:</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>New password for %1 (at least 8 characters):</source>
        <translation>Mật khẩu mới cho %1 (ít nhất 8 ký tự):</translation>
    </message>
    <message>
        <source>Password of %1 reset.</source>
        <translation>Đã đặt lại mật khẩu của %1.</translation>
    </message>
    <message>
        <source>Folder or USB stick for the backup</source>
        <translation>Thư mục hoặc USB để lưu bản sao</translation>
    </message>
    <message>
        <source>Backed up to %1 (checked), with the private keys encrypted by the passphrase.</source>
        <translation>Đã sao lưu vào %1 (đã kiểm tra), kèm khóa riêng mã hóa bằng cụm mật khẩu.</translation>
    </message>
    <message>
        <source>Backed up to %1 (checked), without the private keys.</source>
        <translation>Đã sao lưu vào %1 (đã kiểm tra), không kèm khóa riêng.</translation>
    </message>
    <message>
        <source>Restored. %1 The application closes now.</source>
        <translation>Đã khôi phục. %1 Chương trình sẽ đóng lại bây giờ.</translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation>Bản sao lưu cần khôi phục</translation>
    </message>
    <message>
        <source>ANTT backups (*.sqlite3)</source>
        <translation>Bản sao lưu ANTT (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Người dùng</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Thêm người dùng…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Đổi &amp;vai trò…</translation>
    </message>
    <message>
        <source>&amp;Lock / unlock</source>
        <translation>&amp;Khóa / mở khóa</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Đặt &amp;lại mật khẩu…</translation>
    </message>
    <message>
        <source>Change &amp;my password…</source>
        <translation>Đổi &amp;mật khẩu của tôi…</translation>
    </message>
    <message>
        <source>Audit &amp;trail</source>
        <translation>&amp;Nhật ký thao tác</translation>
    </message>
    <message>
        <source>Search the entries</source>
        <translation>Tìm trong nhật ký</translation>
    </message>
    <message>
        <source>&amp;Verify the trail</source>
        <translation>&amp;Kiểm tra nhật ký</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Sao lưu</translation>
    </message>
    <message>
        <source>A verified copy is made automatically once a day when the application starts (the last ten are kept). Make one now to a USB stick before moving the computer or updating. To restore, choose a backup in the list (or a file) and press “Restore…”: what it holds is shown first, a copy of the current data is kept, and the application closes so that it opens on the restored data. The private keys leave this computer only encrypted with a passphrase set for that backup; a backup of another unit or computer is not restored unless this computer replaces it.</source>
        <translation>Chương trình tự sao lưu (có kiểm tra) mỗi ngày một lần khi mở, giữ mười bản gần nhất. Hãy sao lưu ngay ra USB trước khi chuyển máy hoặc cập nhật. Muốn khôi phục, chọn một bản trong danh sách (hoặc một tệp) rồi bấm “Khôi phục…”: chương trình cho xem nội dung bản sao lưu, giữ lại một bản dữ liệu hiện tại, rồi đóng lại để mở ra trên dữ liệu đã khôi phục. Khóa riêng chỉ rời máy này khi được mã hóa bằng cụm mật khẩu đặt cho bản sao lưu đó; bản sao lưu của đơn vị hay máy khác không được khôi phục, trừ khi máy này thay thế máy đó.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Khôi phục…</translation>
    </message>
    <message>
        <source>Back up &amp;now to a folder or USB stick…</source>
        <translation>Sao lưu &amp;ngay ra thư mục hoặc USB…</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>Từ ngày này</translation>
    </message>
    <message>
        <source>from the start</source>
        <translation>từ đầu</translation>
    </message>
    <message>
        <source>Up to this day</source>
        <translation>Đến ngày này</translation>
    </message>
    <message>
        <source>up to today</source>
        <translation>đến nay</translation>
    </message>
</context>
<context>
    <name>AreaDialog</name>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Edit residential area</source>
        <translation>Sửa khu dân cư</translation>
    </message>
    <message>
        <source>Add residential area</source>
        <translation>Thêm khu dân cư</translation>
    </message>
    <message>
        <source>Residential area</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>e.g. Thôn Nà Liềm</source>
        <translation>ví dụ: Thôn Nà Liềm</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>Số &amp;nhân khẩu:</translation>
    </message>
    <message>
        <source>number of residents (may be left empty)</source>
        <translation>số người (có thể để trống)</translation>
    </message>
    <message>
        <source>&amp;Households:</source>
        <translation>Số &amp;hộ:</translation>
    </message>
    <message>
        <source>number of households (may be left empty)</source>
        <translation>số hộ gia đình (có thể để trống)</translation>
    </message>
    <message>
        <source>Key-area characteristics</source>
        <translation>Đặc điểm địa bàn trọng điểm</translation>
    </message>
    <message>
        <source>Notes on the key area</source>
        <translation>Ghi chú về địa bàn trọng điểm</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message numerus="yes">
        <source>%n residential area(s)</source>
        <translation>
            <numerusform>%Ln khu dân cư</numerusform>
        </translation>
    </message>
    <message>
        <source> matching the search</source>
        <translation> khớp với từ tìm kiếm</translation>
    </message>
    <message>
        <source>Delete the residential area “%1”? It can be restored later (Show deleted, then Restore, or Ctrl+Z).</source>
        <translation>Xóa khu dân cư “%1”? Có thể khôi phục lại sau (đánh dấu “Hiện mục đã xóa” rồi bấm “Khôi phục”, hoặc Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete residential area</source>
        <translation>Xóa khu dân cư</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Residential areas</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>Add a residential area (Ctrl+N)</source>
        <translation>Thêm khu dân cư (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Edit the selected area (Enter or double-click)</source>
        <translation>Sửa khu dân cư đang chọn (Enter hoặc nhấp đúp)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Delete the selected area; it can be restored later (Del)</source>
        <translation>Xóa khu dân cư đang chọn; có thể khôi phục sau (Del)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Restore the selected deleted area (Ctrl+Z restores the last one deleted)</source>
        <translation>Khôi phục khu dân cư đã xóa đang chọn (Ctrl+Z khôi phục mục vừa xóa)</translation>
    </message>
    <message>
        <source>Show deleted</source>
        <translation>Hiện mục đã xóa</translation>
    </message>
    <message>
        <source>Search by name, without diacritics too (Ctrl+F)</source>
        <translation>Tìm theo tên, gõ không dấu cũng được (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>AreaTableModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Nhân khẩu</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <source>Key-area characteristics</source>
        <translation>Đặc điểm địa bàn trọng điểm</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source> (deleted)</source>
        <translation> (đã xóa)</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>sign-in</source>
        <translation>đăng nhập</translation>
    </message>
    <message>
        <source>failed sign-in</source>
        <translation>đăng nhập sai</translation>
    </message>
    <message>
        <source>add</source>
        <translation>thêm</translation>
    </message>
    <message>
        <source>change</source>
        <translation>sửa</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>xóa</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>khôi phục</translation>
    </message>
    <message>
        <source>import</source>
        <translation>nhập</translation>
    </message>
    <message>
        <source>export</source>
        <translation>xuất</translation>
    </message>
    <message>
        <source>package refused</source>
        <translation>từ chối gói</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>sao lưu</translation>
    </message>
    <message>
        <source>restore refused</source>
        <translation>từ chối khôi phục</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>khóa</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>revert sync change</source>
        <translation>hoàn tác thay đổi đồng bộ</translation>
    </message>
    <message>
        <source>installation</source>
        <translation>cài đặt</translation>
    </message>
    <message>
        <source>sent to the level above</source>
        <translation>gửi lên cấp trên</translation>
    </message>
    <message>
        <source>review by the level above</source>
        <translation>cấp trên xét duyệt</translation>
    </message>
    <message>
        <source>user accounts</source>
        <translation>tài khoản</translation>
    </message>
    <message>
        <source>units</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>residential areas</source>
        <translation>khu dân cư</translation>
    </message>
    <message>
        <source>teams</source>
        <translation>tổ, đội</translation>
    </message>
    <message>
        <source>force members</source>
        <translation>thành viên lực lượng</translation>
    </message>
    <message>
        <source>member changes</source>
        <translation>biến động thành viên</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>tệp đính kèm</translation>
    </message>
    <message>
        <source>self-management models</source>
        <translation>mô hình tự quản</translation>
    </message>
    <message>
        <source>model activities</source>
        <translation>hoạt động mô hình</translation>
    </message>
    <message>
        <source>model reviews</source>
        <translation>đánh giá mô hình</translation>
    </message>
    <message>
        <source>campaign days</source>
        <translation>ngày hội, đợt cao điểm</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>hoạt động</translation>
    </message>
    <message>
        <source>prestigious persons</source>
        <translation>người có uy tín</translation>
    </message>
    <message>
        <source>plans</source>
        <translation>kế hoạch</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>chỉ tiêu</translation>
    </message>
    <message>
        <source>evaluations</source>
        <translation>đánh giá</translation>
    </message>
    <message>
        <source>evaluation steps</source>
        <translation>bước đánh giá</translation>
    </message>
    <message>
        <source>score sheet reviews</source>
        <translation>duyệt bảng điểm</translation>
    </message>
    <message>
        <source>member ratings</source>
        <translation>xếp loại thành viên</translation>
    </message>
    <message>
        <source>criteria assessed</source>
        <translation>chấm tiêu chí</translation>
    </message>
    <message>
        <source>commendations</source>
        <translation>khen thưởng</translation>
    </message>
    <message>
        <source>inspections</source>
        <translation>kiểm tra</translation>
    </message>
    <message>
        <source>remedies</source>
        <translation>khắc phục</translation>
    </message>
    <message>
        <source>directives</source>
        <translation>văn bản chỉ đạo</translation>
    </message>
    <message>
        <source>catalog versions</source>
        <translation>phiên bản danh mục</translation>
    </message>
    <message>
        <source>sync packages</source>
        <translation>gói đồng bộ</translation>
    </message>
    <message>
        <source>keys of other units</source>
        <translation>khóa của đơn vị khác</translation>
    </message>
    <message>
        <source>database</source>
        <translation>cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>báo cáo</translation>
    </message>
    <message>
        <source>province score sheets</source>
        <translation>bảng điểm của tỉnh</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Choose the folder…</source>
        <translation>Chọn thư mục…</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same passphrase twice.</source>
        <translation>Hai cụm mật khẩu khác nhau; hãy gõ cùng một cụm mật khẩu hai lần.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>The backup names this unit and this computer. The private keys that sign and open the sync packages go with it only encrypted with a passphrase you set now for this backup; without them, a restore on another computer makes new keys that every unit exchanging packages with it must register again.</source>
        <translation>Bản sao lưu ghi rõ đơn vị và máy này. Khóa riêng dùng để ký và mở gói đồng bộ chỉ đi kèm khi được mã hóa bằng cụm mật khẩu đặt ngay bây giờ cho bản sao lưu này; không kèm khóa thì khi khôi phục trên máy khác, chương trình tạo khóa mới và mọi đơn vị trao đổi gói với máy đó phải đăng ký lại.</translation>
    </message>
    <message>
        <source>&amp;Include the private keys, encrypted with this passphrase (administrators)</source>
        <translation>&amp;Kèm khóa riêng, mã hóa bằng cụm mật khẩu này (quản trị viên)</translation>
    </message>
    <message>
        <source>&amp;Passphrase (at least 10 characters):</source>
        <translation>&amp;Cụm mật khẩu (ít nhất 10 ký tự):</translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation>&amp;Nhập lại cụm mật khẩu:</translation>
    </message>
</context>
<context>
    <name>BackupKeys</name>
    <message>
        <source>encrypted with a passphrase</source>
        <translation>mã hóa bằng cụm mật khẩu</translation>
    </message>
    <message>
        <source>encrypted, this PC only</source>
        <translation>mã hóa, chỉ máy này mở được</translation>
    </message>
    <message>
        <source>not encrypted (older backup)</source>
        <translation>không mã hóa (bản cũ)</translation>
    </message>
    <message>
        <source>not included</source>
        <translation>không kèm</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>không đọc được</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Add a campaign day</source>
        <translation>Thêm đợt cao điểm</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>Main &amp;day (dd/mm):</source>
        <translation>Ngày &amp;chính (ngày/tháng):</translation>
    </message>
    <message>
        <source>Counts &amp;from (dd/mm):</source>
        <translation>Tính &amp;từ (ngày/tháng):</translation>
    </message>
    <message>
        <source>Counts &amp;until (dd/mm):</source>
        <translation>Tính đến (ngày/tháng):</translation>
    </message>
</context>
<context>
    <name>CampaignTables</name>
    <message>
        <source>held (%1)</source>
        <translation>đã tổ chức (%1)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Đợt cao điểm</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Counts from – until</source>
        <translation>Thời gian tính</translation>
    </message>
    <message>
        <source>Grassroots event</source>
        <translation>Hoạt động ở cơ sở</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Các hoạt động</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Số người</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Số người được tuyên truyền</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Residential area</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>Key-area characteristics</source>
        <translation>Đặc điểm địa bàn trọng điểm</translation>
    </message>
    <message>
        <source>Propaganda sessions</source>
        <translation>Số buổi tuyên truyền</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Số người được tuyên truyền</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Buổi gần nhất</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Title, position</source>
        <translation>Chức danh, vị trí</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Tôn giáo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>All units below</source>
        <translation>Mọi đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Mọi loại hoạt động</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Mọi đợt cao điểm</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Mọi địa bàn</translation>
    </message>
    <message>
        <source>%1 activities in %2.</source>
        <translation>%1 hoạt động trong năm %2.</translation>
    </message>
    <message>
        <source>Every key area has had propaganda this year.</source>
        <translation>Tất cả địa bàn trọng điểm đã được tuyên truyền trong năm.</translation>
    </message>
    <message>
        <source>(%1 activities; double-click the date to add one)</source>
        <translation>(%1 hoạt động; nhấp đúp vào ngày để thêm)</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Xóa hoạt động</translation>
    </message>
    <message>
        <source>Delete the activity “%1”? It can be restored later.</source>
        <translation>Xóa hoạt động “%1”? Có thể khôi phục lại sau.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Xóa người có uy tín</translation>
    </message>
    <message>
        <source>Delete “%1” from the registry?</source>
        <translation>Xóa “%1” khỏi danh sách?</translation>
    </message>
    <message>
        <source>Campaigns and activities</source>
        <translation>Phong trào và hoạt động</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Year &amp;calendar</source>
        <translation>&amp;Lịch năm</translation>
    </message>
    <message>
        <source>Campaign days of the year and the grassroots events held for each:</source>
        <translation>Các ngày, tháng cao điểm trong năm và hoạt động hưởng ứng ở cơ sở:</translation>
    </message>
    <message>
        <source>Add a campaign &amp;day…</source>
        <translation>Thêm đợt &amp;cao điểm…</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Hoạt động</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Show deleted</source>
        <translation>Hiện mục đã xóa</translation>
    </message>
    <message>
        <source>Search content, place, organisers (Ctrl+F)</source>
        <translation>Tìm theo nội dung, địa điểm, đơn vị tổ chức (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Key areas</source>
        <translation>Địa bàn &amp;trọng điểm</translation>
    </message>
    <message>
        <source>&amp;Prestigious people</source>
        <translation>&amp;Người có uy tín</translation>
    </message>
    <message>
        <source>Search by name, without diacritics too</source>
        <translation>Tìm theo tên, gõ không dấu cũng được</translation>
    </message>
</context>
<context>
    <name>CommendationDialog</name>
    <message>
        <source>A collective (tập thể)</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>An individual (cá nhân)</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Commendation</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Đối tượng:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Tập thể, cá nhân được khen:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>&amp;Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>e.g. Chủ tịch UBND xã</source>
        <translation>ví dụ: Chủ tịch UBND xã</translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>&amp;Số quyết định:</translation>
    </message>
    <message>
        <source>&amp;Date (dd/mm/yyyy):</source>
        <translation>&amp;Ngày (ngày/tháng/năm):</translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation>&amp;Thành tích:</translation>
    </message>
</context>
<context>
    <name>CriterionDialog</name>
    <message>
        <source>Criterion self-assessment</source>
        <translation>Tự đánh giá tiêu chí</translation>
    </message>
    <message>
        <source>Criterion:</source>
        <translation>Tiêu chí:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Kết quả:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Căn cứ, minh chứng:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose the day on a calendar (Alt+Down)</source>
        <translation>Chọn ngày trên lịch (Alt+↓)</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Recognising decision</source>
        <translation>Quyết định công nhận</translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>&amp;Số quyết định:</translation>
    </message>
    <message>
        <source>e.g. 45/QĐ-UBND</source>
        <translation>ví dụ: 45/QĐ-UBND</translation>
    </message>
    <message>
        <source>&amp;Date (dd/mm/yyyy):</source>
        <translation>&amp;Ngày (ngày/tháng/năm):</translation>
    </message>
    <message>
        <source>Recognised &amp;by:</source>
        <translation>Cấp công &amp;nhận:</translation>
    </message>
</context>
<context>
    <name>DirectiveDialog</name>
    <message>
        <source>Directive</source>
        <translation>Văn bản chỉ đạo</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số, ký hiệu:</translation>
    </message>
    <message>
        <source>e.g. 30/CAT-PV05</source>
        <translation>ví dụ: 30/CAT-PV05</translation>
    </message>
    <message>
        <source>&amp;Date (dd/mm/yyyy):</source>
        <translation>&amp;Ngày (ngày/tháng/năm):</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>&amp;Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Trích yếu:</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <source>Attached files:</source>
        <translation>Tệp đính kèm:</translation>
    </message>
    <message>
        <source>A&amp;ttach PDF or image…</source>
        <translation>Đính &amp;kèm PDF hoặc ảnh…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Bỏ tệp</translation>
    </message>
    <message>
        <source>Files of the directive</source>
        <translation>Tệp của văn bản chỉ đạo</translation>
    </message>
    <message>
        <source>PDF or images (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>PDF hoặc ảnh (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>EndServiceDialog</name>
    <message>
        <source>End the service of %1 in the grassroots force.</source>
        <translation>Kết thúc tham gia lực lượng của %1.</translation>
    </message>
    <message>
        <source>End of service</source>
        <translation>Kết thúc tham gia</translation>
    </message>
    <message>
        <source>&amp;Date (dd/mm/yyyy):</source>
        <translation>&amp;Ngày (ngày/tháng/năm):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong that the program did not expect. What was saved before is kept; what you were doing was not done. Try again; if it happens again, copy the details below and send them to the administrator.</source>
        <translation>Đã xảy ra lỗi mà chương trình không lường trước. Dữ liệu đã lưu trước đó vẫn giữ nguyên; việc vừa làm chưa được thực hiện. Hãy thử lại; nếu vẫn lỗi, bấm “Sao chép chi tiết” và gửi phần chi tiết bên dưới cho quản trị viên.</translation>
    </message>
    <message>
        <source>Written to the log: %1</source>
        <translation>Đã ghi vào nhật ký: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Đã sao chép</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Sao chép chi tiết</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>All units below</source>
        <translation>Mọi đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>Level adjusted by an officer to %1: %2</source>
        <translation>Cán bộ đã điều chỉnh mức phân loại thành %1: %2</translation>
    </message>
    <message>
        <source>Recognised by decision %1 of %2 (%3).</source>
        <translation>Được công nhận theo quyết định %1 ngày %2 (%3).</translation>
    </message>
    <message>
        <source>Add an agency</source>
        <translation>Thêm cơ quan</translation>
    </message>
    <message>
        <source>Name of the agency, enterprise or school:</source>
        <translation>Tên cơ quan, doanh nghiệp, cơ sở giáo dục:</translation>
    </message>
    <message>
        <source>Step done</source>
        <translation>Hoàn thành bước</translation>
    </message>
    <message>
        <source>Done on (dd/mm/yyyy):</source>
        <translation>Ngày hoàn thành (ngày/tháng/năm):</translation>
    </message>
    <message>
        <source>Delete commendation</source>
        <translation>Xóa khen thưởng</translation>
    </message>
    <message>
        <source>Delete the commendation of “%1”?</source>
        <translation>Xóa khen thưởng của “%1”?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Evaluation and commendation</source>
        <translation>Đánh giá và khen thưởng</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Recognition and classification</source>
        <translation>&amp;Công nhận và phân loại</translation>
    </message>
    <message>
        <source>Add an &amp;agency, enterprise or school…</source>
        <translation>Thêm &amp;cơ quan, doanh nghiệp, trường học…</translation>
    </message>
    <message>
        <source>Recognising &amp;decision…</source>
        <translation>&amp;Quyết định công nhận…</translation>
    </message>
    <message>
        <source>Ad&amp;just level…</source>
        <translation>Điều &amp;chỉnh mức phân loại…</translation>
    </message>
    <message>
        <source>Year &amp;timeline</source>
        <translation>&amp;Lộ trình trong năm</translation>
    </message>
    <message>
        <source>&amp;Mark step done…</source>
        <translation>Đánh &amp;dấu đã xong…</translation>
    </message>
    <message>
        <source>&amp;Commendations</source>
        <translation>&amp;Khen thưởng</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Assess and &amp;score…</source>
        <translation>Đánh giá và &amp;chấm điểm…</translation>
    </message>
</context>
<context>
    <name>EvaluationTables</name>
    <message>
        <source>not fully assessed</source>
        <translation>chưa đánh giá đủ</translation>
    </message>
    <message>
        <source>meets</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>does not meet</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Thuộc đơn vị</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Đã đánh giá</translation>
    </message>
    <message>
        <source>“An toàn về ANTT”</source>
        <translation>“An toàn về ANTT”</translation>
    </message>
    <message>
        <source>Self-score</source>
        <translation>Điểm tự chấm</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Phân loại</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>chưa đánh giá</translation>
    </message>
    <message>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Căn cứ, minh chứng</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Tập thể, cá nhân</translation>
    </message>
    <message>
        <source>Collective / individual</source>
        <translation>Tập thể / cá nhân</translation>
    </message>
    <message>
        <source>collective</source>
        <translation>tập thể</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>cá nhân</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Thành tích</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Training</source>
        <translation>Đào tạo, tập huấn</translation>
    </message>
    <message>
        <source>Commendation</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Kỷ luật</translation>
    </message>
    <message>
        <source>Visit and support</source>
        <translation>Thăm hỏi, hỗ trợ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>&amp;Date (dd/mm/yyyy):</source>
        <translation>&amp;Ngày (ngày/tháng/năm):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>&amp;Số quyết định:</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>&amp;Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>Support &amp;proposed:</source>
        <translation>Hỗ trợ &amp;đề xuất:</translation>
    </message>
    <message>
        <source>what the police proposes to the commune (visit, allowance…)</source>
        <translation>nội dung công an xã đề xuất (thăm hỏi, trợ cấp…)</translation>
    </message>
    <message>
        <source>&amp;Support given:</source>
        <translation>&amp;Hình thức hỗ trợ:</translation>
    </message>
    <message>
        <source>visit, gift, allowance…</source>
        <translation>thăm hỏi, tặng quà, trợ cấp…</translation>
    </message>
    <message>
        <source>&amp;Amount (VND):</source>
        <translation>Số &amp;tiền (đồng):</translation>
    </message>
    <message>
        <source>Support &amp;date:</source>
        <translation>Ngày &amp;hỗ trợ:</translation>
    </message>
    <message>
        <source>Support &amp;by:</source>
        <translation>&amp;Người, cơ quan hỗ trợ:</translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <source>Data:</source>
        <translation>Loại dữ liệu:</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Leave out personal data (birth dates, CCCD numbers, phones, ethnicity, religion)? Leave it out when the file leaves the office; the columns stay, empty.</source>
        <translation>Bỏ dữ liệu cá nhân (ngày sinh, số CCCD, điện thoại, dân tộc, tôn giáo) ra khỏi tệp? Nên bỏ khi tệp được mang ra khỏi cơ quan; các cột vẫn còn nhưng để trống.</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Bỏ ra</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Đã xuất ra %1.</translation>
    </message>
    <message>
        <source>Excel template</source>
        <translation>Mẫu Excel</translation>
    </message>
    <message>
        <source>Template saved to %1.</source>
        <translation>Đã lưu mẫu vào %1.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up of a remedy</source>
        <translation>Theo dõi khắc phục</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>&amp;Tiến độ:</translation>
    </message>
    <message>
        <source>Remedy &amp;completed</source>
        <translation>Đã &amp;khắc phục xong</translation>
    </message>
    <message>
        <source>Completed &amp;on (dd/mm/yyyy):</source>
        <translation>Ngày &amp;hoàn thành:</translation>
    </message>
</context>
<context>
    <name>ForcesPage</name>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Xem…</translation>
    </message>
    <message>
        <source>Every team is at full strength.</source>
        <translation>Tất cả tổ/đội đã đủ định biên.</translation>
    </message>
    <message>
        <source>All units below</source>
        <translation>Mọi đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Mọi địa bàn</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Mọi tổ/đội</translation>
    </message>
    <message>
        <source>All force types</source>
        <translation>Mọi loại lực lượng</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Mọi chức danh</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%Ln thành viên</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a team first (tab Teams and quotas): every member belongs to a team.</source>
        <translation>Hãy thêm tổ/đội trước (thẻ “Tổ/đội và định biên”): mỗi thành viên thuộc một tổ/đội.</translation>
    </message>
    <message>
        <source>Delete “%1”? Use this only for a record entered by mistake; when someone leaves the force, use End service instead. A deleted record can be restored.</source>
        <translation>Xóa “%1”? Chỉ xóa khi nhập nhầm; khi một người thôi tham gia lực lượng, hãy dùng “Kết thúc tham gia”. Mục đã xóa có thể khôi phục.</translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation>Xóa thành viên</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Xóa tổ/đội</translation>
    </message>
    <message>
        <source>Delete the team “%1”?</source>
        <translation>Xóa tổ/đội “%1”?</translation>
    </message>
    <message>
        <source>Security forces</source>
        <translation>Lực lượng</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Thành viên</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>E&amp;nd service…</source>
        <translation>&amp;Kết thúc tham gia…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Show deleted</source>
        <translation>Hiện mục đã xóa</translation>
    </message>
    <message>
        <source>Search by name, without diacritics too (Ctrl+F)</source>
        <translation>Tìm theo tên, gõ không dấu cũng được (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Teams and quotas</source>
        <translation>Tổ/đội và đị&amp;nh biên</translation>
    </message>
    <message>
        <source>Add &amp;team…</source>
        <translation>Thêm &amp;tổ/đội…</translation>
    </message>
    <message>
        <source>Edit t&amp;eam…</source>
        <translation>Sửa tổ/đội…</translation>
    </message>
    <message>
        <source>Delete te&amp;am</source>
        <translation>Xóa tổ/đội</translation>
    </message>
    <message>
        <source>Gaps against quota:</source>
        <translation>Thiếu so với định biên:</translation>
    </message>
    <message>
        <source>Rate &amp;members of year…</source>
        <translation>&amp;Xếp loại thành viên năm…</translation>
    </message>
    <message>
        <source>The yearly rating of the selected team&apos;s members (Tổ bảo vệ ANTT)</source>
        <translation>Xếp loại hằng năm các thành viên của tổ đang chọn (Tổ bảo vệ ANTT)</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>%1 chapters contain “%2”.</source>
        <translation>%1 chương có “%2”.</translation>
    </message>
    <message>
        <source>No chapter contains “%1”. Try fewer or shorter words.</source>
        <translation>Không chương nào có “%1”. Hãy thử ít từ hơn hoặc từ ngắn hơn.</translation>
    </message>
    <message>
        <source>User guide – ANTT Desktop</source>
        <translation>Hướng dẫn sử dụng – ANTT Desktop</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Quay lại</translation>
    </message>
    <message>
        <source>Previous page (Alt+Left)</source>
        <translation>Trang trước (Alt+Mũi tên trái)</translation>
    </message>
    <message>
        <source>&amp;Forward →</source>
        <translation>&amp;Tiếp →</translation>
    </message>
    <message>
        <source>Next page (Alt+Right)</source>
        <translation>Trang sau (Alt+Mũi tên phải)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Mục lục</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Search the guide, without diacritics too (Ctrl+F)</source>
        <translation>Tìm trong hướng dẫn, gõ không dấu cũng được (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) – locked after %3 minutes without use</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) – đã khóa sau %3 phút không sử dụng</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <source>Quit the application</source>
        <translation>Thoát chương trình</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Choose a workbook</source>
        <translation>Chọn tệp Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm *.xls)</source>
        <translation>Tệp Excel (*.xlsx *.xlsm *.xls)</translation>
    </message>
    <message>
        <source>This workbook is protected by a password. Password of the workbook:</source>
        <translation>Tệp Excel này được đặt mật khẩu. Mật khẩu của tệp:</translation>
    </message>
    <message>
        <source>Workbook password</source>
        <translation>Mật khẩu tệp Excel</translation>
    </message>
    <message>
        <source>(find the table automatically)</source>
        <translation>(tự tìm bảng dữ liệu)</translation>
    </message>
    <message>
        <source>Fix the rows with errors in the workbook, then start again.</source>
        <translation>Hãy sửa các dòng lỗi trong tệp Excel rồi làm lại.</translation>
    </message>
    <message>
        <source>Sheet “%1”, header on row %2, %3 data rows.</source>
        <translation>Trang “%1”, dòng tiêu đề %2, %3 dòng dữ liệu.</translation>
    </message>
    <message>
        <source>Columns %1 all look like “%2”: check which one to import.</source>
        <translation>Các cột %1 đều giống cột “%2”: hãy xem lại nên nhập cột nào.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>… and %1 more errors: save the list of errors to see them all.</source>
        <translation>… và %1 lỗi nữa: hãy lưu danh sách lỗi để xem đủ.</translation>
    </message>
    <message>
        <source>Save the rows with errors</source>
        <translation>Lưu các dòng lỗi</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Nhập từ Excel</translation>
    </message>
    <message>
        <source>Choose the workbook</source>
        <translation>Chọn tệp Excel</translation>
    </message>
    <message>
        <source>Workbooks as you keep them work: titles above the table, merged headings, headings without diacritics.</source>
        <translation>Dùng được tệp đang lưu: có tiêu đề phía trên bảng, ô gộp, tiêu đề cột không dấu.</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Loại dữ liệu:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Trang tính:</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Ghép cột</translation>
    </message>
    <message>
        <source>Each column of the workbook and the field it fills (proposed automatically; change it if needed).</source>
        <translation>Mỗi cột trong tệp và thông tin tương ứng (chương trình tự đề xuất; sửa nếu cần).</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Kiểm tra trước khi nhập</translation>
    </message>
    <message>
        <source>Every row is checked; nothing is written unless every row is right.</source>
        <translation>Mọi dòng đều được kiểm tra; chỉ ghi khi tất cả các dòng đều đúng.</translation>
    </message>
    <message>
        <source>Save the rows with errors as a &amp;workbook…</source>
        <translation>Lưu các dòng lỗi ra tệp &amp;Excel…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>Inspection</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Date (dd/mm/yyyy):</source>
        <translation>&amp;Ngày (ngày/tháng/năm):</translation>
    </message>
    <message>
        <source>&amp;Inspected:</source>
        <translation>Đối tượng &amp;kiểm tra:</translation>
    </message>
    <message>
        <source>&amp;Which one:</source>
        <translation>&amp;Cụ thể:</translation>
    </message>
    <message>
        <source>Inspected &amp;by:</source>
        <translation>Người, đoàn kiểm &amp;tra:</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Kết quả kiểm tra:</translation>
    </message>
</context>
<context>
    <name>IntermediateDialog</name>
    <message>
        <source>Intermediate unit</source>
        <translation>Đơn vị trung gian</translation>
    </message>
    <message>
        <source>A former district or a cluster of communes that forwards its communes&apos; packages to this unit. Its packages are accepted only from a key registered for it, and only for the communes assigned to it.</source>
        <translation>Huyện cũ hoặc cụm xã chuyển tiếp gói của các xã lên đơn vị này. Gói của đơn vị trung gian chỉ được nhận khi ký bằng khóa đã đăng ký cho nó, và chỉ cho các xã đã phân cho nó.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>e.g. H-LAMBINH</source>
        <translation>ví dụ H-LAMBINH</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>e.g. Cụm xã Lâm Bình</source>
        <translation>ví dụ Cụm xã Lâm Bình</translation>
    </message>
</context>
<context>
    <name>ListKeys</name>
    <message>
        <source>Deleted “%1”. Press Ctrl+Z to undo.</source>
        <translation>Đã xóa “%1”. Bấm Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <source>Restored “%1”.</source>
        <translation>Đã khôi phục “%1”.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Residential areas</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>Security forces</source>
        <translation>Lực lượng</translation>
    </message>
    <message>
        <source>Self-management models</source>
        <translation>Mô hình tự phòng, tự quản</translation>
    </message>
    <message>
        <source>Campaigns &amp; activities</source>
        <translation>Phong trào &amp; hoạt động</translation>
    </message>
    <message>
        <source>Plans &amp; targets</source>
        <translation>Kế hoạch &amp; chỉ tiêu</translation>
    </message>
    <message>
        <source>Evaluation &amp; commendation</source>
        <translation>Đánh giá &amp; khen thưởng</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>About ANTT Desktop</source>
        <translation>Giới thiệu ANTT Desktop</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>Người dùng: %1 (%2)</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Đồng bộ gần nhất: chưa có</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Đồng bộ gần nhất: %1</translation>
    </message>
    <message>
        <source>The language changes when the application is started again.</source>
        <translation>Ngôn ngữ sẽ đổi khi mở lại chương trình.</translation>
    </message>
    <message>
        <source>ANTT Desktop</source>
        <translation>ANTT Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Hiển thị</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>Tài &amp;khoản</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Nhập từ Excel…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Xuất ra Excel…</translation>
    </message>
    <message>
        <source>Excel &amp;template for importing…</source>
        <translation>Tạo &amp;mẫu Excel để nhập…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>&amp;About ANTT Desktop…</source>
        <translation>&amp;Giới thiệu ANTT Desktop…</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>&amp;Đổi mật khẩu…</translation>
    </message>
    <message>
        <source>Province &amp;score sheets…</source>
        <translation>&amp;Bảng điểm của tỉnh…</translation>
    </message>
</context>
<context>
    <name>MeasureRecordsDialog</name>
    <message>
        <source>Records behind the figure</source>
        <translation>Số liệu làm căn cứ</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Force member: %1</source>
        <translation>Thành viên lực lượng: %1</translation>
    </message>
    <message>
        <source>Add force member</source>
        <translation>Thêm thành viên lực lượng</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <source>— choose — (empty: not recorded)</source>
        <translation>— chọn — (để trống: chưa ghi)</translation>
    </message>
    <message>
        <source>Over the quota</source>
        <translation>Vượt định mức</translation>
    </message>
    <message>
        <source>Save the member all the same?</source>
        <translation>Vẫn lưu người này?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Vẫn lưu</translation>
    </message>
    <message>
        <source>Save the member&apos;s information first.</source>
        <translation>Hãy lưu thông tin thành viên trước.</translation>
    </message>
    <message>
        <source>Serving since %1.</source>
        <translation>Đang tham gia từ %1.</translation>
    </message>
    <message>
        <source>Service ended on %1: %2.</source>
        <translation>Đã kết thúc tham gia ngày %1: %2.</translation>
    </message>
    <message>
        <source>Resume service</source>
        <translation>Tham gia lại</translation>
    </message>
    <message>
        <source>Date (dd/mm/yyyy):</source>
        <translation>Ngày (ngày/tháng/năm):</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Xóa mục</translation>
    </message>
    <message>
        <source>Remove the selected entry?</source>
        <translation>Xóa mục đang chọn?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <source>PDF or image (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>PDF hoặc ảnh (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Xóa tệp</translation>
    </message>
    <message>
        <source>Remove “%1” from this member?</source>
        <translation>Xóa tệp “%1” khỏi hồ sơ thành viên này?</translation>
    </message>
    <message>
        <source>Force member</source>
        <translation>Thành viên lực lượng</translation>
    </message>
    <message>
        <source>&amp;Information</source>
        <translation>Thông t&amp;in</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Văn An</source>
        <translation>ví dụ: Nguyễn Văn An</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Giới tính:</translation>
    </message>
    <message>
        <source>Date of &amp;birth (dd/mm/yyyy):</source>
        <translation>Ngày &amp;sinh (ngày/tháng/năm):</translation>
    </message>
    <message>
        <source>&amp;CCCD number:</source>
        <translation>Số &amp;CCCD:</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 chữ số</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Số điện th&amp;oại:</translation>
    </message>
    <message>
        <source>&amp;Residence:</source>
        <translation>Nơi &amp;cư trú:</translation>
    </message>
    <message>
        <source>&amp;Ethnicity:</source>
        <translation>&amp;Dân tộc:</translation>
    </message>
    <message>
        <source>Re&amp;ligion:</source>
        <translation>Tôn &amp;giáo:</translation>
    </message>
    <message>
        <source>E&amp;ducation:</source>
        <translation>Trình độ học &amp;vấn:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Tổ/đội:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>Chức &amp;danh:</translation>
    </message>
    <message>
        <source>&amp;Start of service (dd/mm/yyyy):</source>
        <translation>Ngày &amp;bắt đầu tham gia:</translation>
    </message>
    <message>
        <source>Date of the team/role c&amp;hange:</source>
        <translation>Ngày t&amp;hay đổi tổ/chức danh:</translation>
    </message>
    <message>
        <source>Appointment decision n&amp;umber:</source>
        <translation>Số &amp;quyết định công nhận:</translation>
    </message>
    <message>
        <source>Appointment decision d&amp;ate:</source>
        <translation>Ngày q&amp;uyết định:</translation>
    </message>
    <message>
        <source>Appointment decision &amp;issuer:</source>
        <translation>Cơ quan &amp;ra quyết định:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Party &amp;member</source>
        <translation>Đảng &amp;viên</translation>
    </message>
    <message>
        <source>&amp;Service history</source>
        <translation>&amp;Quá trình</translation>
    </message>
    <message>
        <source>&amp;End service…</source>
        <translation>&amp;Kết thúc tham gia…</translation>
    </message>
    <message>
        <source>Re&amp;sume service…</source>
        <translation>Tham gia &amp;lại…</translation>
    </message>
    <message>
        <source>T&amp;raining and commendations</source>
        <translation>Đào tạo, &amp;khen thưởng</translation>
    </message>
    <message>
        <source>Add &amp;training…</source>
        <translation>Thêm &amp;đào tạo…</translation>
    </message>
    <message>
        <source>Add &amp;commendation…</source>
        <translation>Thêm &amp;khen thưởng…</translation>
    </message>
    <message>
        <source>Add &amp;discipline…</source>
        <translation>Thêm kỷ &amp;luật…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Visits and support</source>
        <translation>Thăm hỏi, &amp;hỗ trợ</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>Attached &amp;files</source>
        <translation>Tệp đính &amp;kèm</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>Đính &amp;kèm tệp…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>CCCD</source>
        <translation>CCCD</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tổ/đội</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Residential area</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
</context>
<context>
    <name>MemberTables</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sang</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự việc</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>Đã hỗ trợ</translation>
    </message>
    <message>
        <source>Amount (VND)</source>
        <translation>Số tiền (đồng)</translation>
    </message>
    <message>
        <source>Support date</source>
        <translation>Ngày hỗ trợ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người, cơ quan hỗ trợ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Size (KB)</source>
        <translation>Dung lượng (KB)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Cannot do that</source>
        <translation>Không thực hiện được</translation>
    </message>
</context>
<context>
    <name>ModelDialog</name>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Mô hình: %1</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Thêm mô hình</translation>
    </message>
    <message>
        <source>File %1% complete.</source>
        <translation>Hồ sơ đầy đủ %1%.</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Còn thiếu: %1.</translation>
    </message>
    <message>
        <source>Choose the required document in the list first.</source>
        <translation>Hãy chọn loại tài liệu trong danh sách trước.</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Đính kèm tài liệu</translation>
    </message>
    <message>
        <source>PDF or image (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>PDF hoặc ảnh (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Xóa tệp</translation>
    </message>
    <message>
        <source>Remove “%1” from the file?</source>
        <translation>Xóa “%1” khỏi hồ sơ?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Xóa mục</translation>
    </message>
    <message>
        <source>Remove the selected entry?</source>
        <translation>Xóa mục đang chọn?</translation>
    </message>
    <message>
        <source>Self-management model</source>
        <translation>Mô hình tự phòng, tự quản</translation>
    </message>
    <message>
        <source>&amp;Information</source>
        <translation>Thông t&amp;in</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>e.g. Camera an ninh thôn Nà Liềm</source>
        <translation>ví dụ: Camera an ninh thôn Nà Liềm</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Trạng thái:</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>&amp;Phạm vi:</translation>
    </message>
    <message>
        <source>Residential &amp;areas:</source>
        <translation>Khu dân &amp;cư:</translation>
    </message>
    <message>
        <source>Agency, enterprise or &amp;school:</source>
        <translation>Tên cơ quan, doanh nghiệp, trường &amp;học:</translation>
    </message>
    <message>
        <source>Establishing decision n&amp;umber:</source>
        <translation>Số quyết định thành lậ&amp;p:</translation>
    </message>
    <message>
        <source>Decision &amp;date (dd/mm/yyyy):</source>
        <translation>Ngày &amp;quyết định:</translation>
    </message>
    <message>
        <source>Decision &amp;issued by:</source>
        <translation>Cơ quan ra quyết đị&amp;nh:</translation>
    </message>
    <message>
        <source>&amp;Lead organisation:</source>
        <translation>Tổ chức &amp;chủ trì:</translation>
    </message>
    <message>
        <source>&amp;Head:</source>
        <translation>Người &amp;phụ trách:</translation>
    </message>
    <message>
        <source>full name; linked to the force member of that name if recorded</source>
        <translation>họ và tên; tự liên kết với thành viên lực lượng cùng tên nếu đã có</translation>
    </message>
    <message>
        <source>&amp;Core members (one per line):</source>
        <translation>Thành viên &amp;nòng cốt (mỗi người một dòng):</translation>
    </message>
    <message>
        <source>&amp;Regulation:</source>
        <translation>&amp;Quy chế hoạt động:</translation>
    </message>
    <message>
        <source>T&amp;ypical model (điển hình)</source>
        <translation>Mô hình điển &amp;hình</translation>
    </message>
    <message>
        <source>Recognised &amp;at level:</source>
        <translation>Cấp công nhận:</translation>
    </message>
    <message>
        <source>Recognising decisi&amp;on:</source>
        <translation>Quyết định công &amp;nhận:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>File (&amp;hồ sơ)</source>
        <translation>&amp;Hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Attach PDF or image…</source>
        <translation>Đính &amp;kèm PDF hoặc ảnh…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>A&amp;ctivities</source>
        <translation>Hoạt đ&amp;ộng</translation>
    </message>
    <message>
        <source>&amp;Add activity…</source>
        <translation>&amp;Thêm hoạt động…</translation>
    </message>
    <message>
        <source>&amp;Reviews</source>
        <translation>Đánh &amp;giá</translation>
    </message>
    <message>
        <source>Add &amp;review…</source>
        <translation>Thêm &amp;rà soát, phân loại…</translation>
    </message>
</context>
<context>
    <name>ModelTables</name>
    <message>
        <source>not reviewed</source>
        <translation>chưa đánh giá</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Typical</source>
        <translation>Điển hình</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Hoạt động gần nhất</translation>
    </message>
    <message>
        <source>Latest rating</source>
        <translation>Xếp loại gần nhất</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Required document</source>
        <translation>Tài liệu cần có</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Số tệp</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>present</source>
        <translation>đã có</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>còn thiếu</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <source>Size (KB)</source>
        <translation>Dung lượng (KB)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Số người</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả rà soát</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Người rà soát</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>All units below</source>
        <translation>Mọi đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Mọi lĩnh vực</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Mọi mức xếp loại</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Mọi địa bàn</translation>
    </message>
    <message>
        <source>%1 model(s). By field: %2. By latest rating: %3.</source>
        <translation>%1 mô hình. Theo lĩnh vực: %2. Theo xếp loại gần nhất: %3.</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Xem…</translation>
    </message>
    <message>
        <source>Delete “%1”? Use this only for a model entered by mistake; a model that stopped working is reviewed with the outcome “Giải thể”. A deleted model can be restored.</source>
        <translation>Xóa “%1”? Chỉ xóa khi nhập nhầm; mô hình ngừng hoạt động thì ghi kết quả rà soát “Giải thể”. Mục đã xóa có thể khôi phục.</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Xóa mô hình</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Self-management models</source>
        <translation>Mô hình tự phòng, tự quản</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Show deleted</source>
        <translation>Hiện mục đã xóa</translation>
    </message>
    <message>
        <source>Search by name, without diacritics too (Ctrl+F)</source>
        <translation>Tìm theo tên, gõ không dấu cũng được (Ctrl+F)</translation>
    </message>
    <message>
        <source>Alert after no activity for (months):</source>
        <translation>Cảnh báo khi không hoạt động quá (tháng):</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Use the computed level</source>
        <translation>Dùng mức tính tự động</translation>
    </message>
    <message>
        <source>Adjust the classification</source>
        <translation>Điều chỉnh mức phân loại</translation>
    </message>
    <message>
        <source>Computed level:</source>
        <translation>Mức tính theo tiêu chí:</translation>
    </message>
    <message>
        <source>&amp;Level decided:</source>
        <translation>&amp;Mức quyết định:</translation>
    </message>
    <message>
        <source>&amp;Reason (kept):</source>
        <translation>&amp;Lý do (được lưu lại):</translation>
    </message>
</context>
<context>
    <name>OverviewCharts</name>
    <message>
        <source>Active members and quota by force type</source>
        <translation>Thành viên và định biên theo lực lượng</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang tham gia</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Định biên</translation>
    </message>
    <message>
        <source>Models by field and latest rating</source>
        <translation>Mô hình theo lĩnh vực và xếp loại</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>chưa đánh giá</translation>
    </message>
    <message>
        <source>Activities per month</source>
        <translation>Hoạt động theo tháng</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>In a campaign month</source>
        <translation>Trong tháng cao điểm</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>At a glance</source>
        <translation>Tổng quan nhanh</translation>
    </message>
    <message>
        <source>Units below</source>
        <translation>Đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>Find a unit by name or code</source>
        <translation>Tìm đơn vị theo tên hoặc mã</translation>
    </message>
    <message>
        <source>Residential areas</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>Residential areas:</source>
        <translation>Số khu dân cư:</translation>
    </message>
    <message>
        <source>Population / households:</source>
        <translation>Nhân khẩu / số hộ:</translation>
    </message>
    <message>
        <source>Key areas:</source>
        <translation>Địa bàn trọng điểm:</translation>
    </message>
    <message>
        <source>Security forces</source>
        <translation>Lực lượng</translation>
    </message>
    <message>
        <source>Active members / teams:</source>
        <translation>Thành viên đang tham gia / số tổ, đội:</translation>
    </message>
    <message>
        <source>Teams below quota:</source>
        <translation>Tổ, đội thiếu định biên:</translation>
    </message>
    <message>
        <source>Models by status:</source>
        <translation>Mô hình theo trạng thái:</translation>
    </message>
    <message>
        <source>Needing attention:</source>
        <translation>Cần chú ý:</translation>
    </message>
    <message>
        <source>Campaigns and propaganda</source>
        <translation>Phong trào và tuyên truyền</translation>
    </message>
    <message>
        <source>Campaign days answered this year:</source>
        <translation>Đợt cao điểm đã hưởng ứng trong năm:</translation>
    </message>
    <message>
        <source>Plans and inspections</source>
        <translation>Kế hoạch và kiểm tra</translation>
    </message>
    <message>
        <source>Targets of this year&apos;s plans:</source>
        <translation>Chỉ tiêu của kế hoạch năm nay:</translation>
    </message>
    <message>
        <source>Year-end evaluation</source>
        <translation>Đánh giá cuối năm</translation>
    </message>
    <message>
        <source>Residential areas meeting “An toàn về ANTT”:</source>
        <translation>Khu dân cư đạt “An toàn về ANTT”:</translation>
    </message>
    <message>
        <source>Open the list →</source>
        <translation>Mở danh sách →</translation>
    </message>
    <message>
        <source>(the full list: %1, filtered by unit)</source>
        <translation>(danh sách đầy đủ: %1, lọc theo đơn vị)</translation>
    </message>
    <message>
        <source>%1 team(s), %2 people missing</source>
        <translation>%1 tổ/đội, thiếu %2 người</translation>
    </message>
    <message>
        <source>Security forces → Teams and quotas</source>
        <translation>Lực lượng → Tổ/đội và định biên</translation>
    </message>
    <message>
        <source>Self-management models</source>
        <translation>Mô hình tự phòng, tự quản</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 trên %2</translation>
    </message>
    <message>
        <source>passed without an event: %1</source>
        <translation>đã qua mà chưa có hoạt động: %1</translation>
    </message>
    <message>
        <source>Campaigns and activities → Key areas</source>
        <translation>Phong trào &amp; hoạt động → Địa bàn trọng điểm</translation>
    </message>
    <message>
        <source>%1 of %2 reached</source>
        <translation>đạt %1 trên %2</translation>
    </message>
    <message>
        <source>no plan with targets for this year yet</source>
        <translation>chưa có kế hoạch có chỉ tiêu cho năm nay</translation>
    </message>
    <message>
        <source>Plans and targets → Inspections</source>
        <translation>Kế hoạch &amp; chỉ tiêu → Kiểm tra</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 not fully assessed)</source>
        <translation>%1 trên %2 (%3 chưa đánh giá đủ)</translation>
    </message>
    <message>
        <source>… and %1 more (see %2)</source>
        <translation>… và %1 mục khác (xem %2)</translation>
    </message>
</context>
<context>
    <name>OverviewUnits</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Khu
dân cư</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Thành viên
đang tham gia</translation>
    </message>
    <message>
        <source>Teams below quota</source>
        <translation>Tổ/đội thiếu
định biên</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Activities %1</source>
        <translation>Hoạt động
%1</translation>
    </message>
    <message>
        <source>Data current to</source>
        <translation>Dữ liệu
đến ngày</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Gói đồng bộ</translation>
    </message>
</context>
<context>
    <name>Ownership</name>
    <message>
        <source>A record of %1: only that unit changes it.</source>
        <translation>Bản ghi của %1: chỉ đơn vị đó được sửa.</translation>
    </message>
    <message>
        <source>%1 (view only: a record of %2)</source>
        <translation>%1 (chỉ xem: bản ghi của %2)</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>The two new passwords differ; type the same password twice.</source>
        <translation>Hai lần nhập mật khẩu mới không giống nhau; hãy nhập lại.</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mật khẩu &amp;hiện tại:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>Nhập &amp;lại mật khẩu mới:</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Prestigious person</source>
        <translation>Người có uy tín</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Title, position:</source>
        <translation>&amp;Chức danh, vị trí:</translation>
    </message>
    <message>
        <source>e.g. già làng, trưởng họ, linh mục quản xứ</source>
        <translation>ví dụ: già làng, trưởng họ, linh mục quản xứ</translation>
    </message>
    <message>
        <source>Residential &amp;area:</source>
        <translation>Đị&amp;a bàn:</translation>
    </message>
    <message>
        <source>&amp;Ethnicity:</source>
        <translation>&amp;Dân tộc:</translation>
    </message>
    <message>
        <source>Re&amp;ligion:</source>
        <translation>Tôn &amp;giáo:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Số điện th&amp;oại:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan or resolution</source>
        <translation>Nghị quyết, kế hoạch</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số, ký hiệu:</translation>
    </message>
    <message>
        <source>e.g. 15/KH-CAX</source>
        <translation>ví dụ: 15/KH-CAX</translation>
    </message>
    <message>
        <source>&amp;Date (dd/mm/yyyy):</source>
        <translation>&amp;Ngày (ngày/tháng/năm):</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>&amp;Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>For the &amp;year:</source>
        <translation>Cho &amp;năm:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Trích yếu:</translation>
    </message>
</context>
<context>
    <name>PlanTables</name>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Cách tính</translation>
    </message>
    <message>
        <source>automatically</source>
        <translation>tự động</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>nhập tay</translation>
    </message>
    <message>
        <source>Set for</source>
        <translation>Giao cho</translation>
    </message>
    <message>
        <source>every unit below</source>
        <translation>mọi đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Đối tượng kiểm tra</translation>
    </message>
    <message>
        <source>Inspected by</source>
        <translation>Người, đoàn kiểm tra</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Open remedies</source>
        <translation>Chưa khắc phục</translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>đã xong %1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>QUÁ HẠN</translation>
    </message>
    <message>
        <source>open</source>
        <translation>đang khắc phục</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Nội dung khắc phục</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Căn cứ, minh chứng</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>No plan for this year yet: add the year&apos;s plan or resolution.</source>
        <translation>Năm này chưa có kế hoạch: hãy thêm nghị quyết hoặc kế hoạch của năm.</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Xóa kế hoạch</translation>
    </message>
    <message>
        <source>Delete %1 and its targets?</source>
        <translation>Xóa %1 cùng các chỉ tiêu?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete target</source>
        <translation>Xóa chỉ tiêu</translation>
    </message>
    <message>
        <source>Delete the target “%1”?</source>
        <translation>Xóa chỉ tiêu “%1”?</translation>
    </message>
    <message>
        <source>Delete inspection</source>
        <translation>Xóa lần kiểm tra</translation>
    </message>
    <message>
        <source>Delete this inspection and its remedies?</source>
        <translation>Xóa lần kiểm tra này cùng các nội dung khắc phục?</translation>
    </message>
    <message>
        <source>the inspection</source>
        <translation>lần kiểm tra</translation>
    </message>
    <message>
        <source>Overall result for %1: %2</source>
        <translation>Kết quả chung năm %1: %2</translation>
    </message>
    <message>
        <source>Plans and targets</source>
        <translation>Kế hoạch và chỉ tiêu</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Plans and targets</source>
        <translation>&amp;Kế hoạch, chỉ tiêu</translation>
    </message>
    <message>
        <source>&amp;Add plan…</source>
        <translation>&amp;Thêm kế hoạch…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Add &amp;target…</source>
        <translation>Thêm &amp;chỉ tiêu…</translation>
    </message>
    <message>
        <source>Edit ta&amp;rget…</source>
        <translation>Sửa chỉ tiêu…</translation>
    </message>
    <message>
        <source>Delete tar&amp;get</source>
        <translation>Xóa chỉ tiêu</translation>
    </message>
    <message>
        <source>&amp;Inspections</source>
        <translation>Kiểm t&amp;ra</translation>
    </message>
    <message>
        <source>Add &amp;inspection…</source>
        <translation>Thêm lần &amp;kiểm tra…</translation>
    </message>
    <message>
        <source>Remedies required by the selected inspection:</source>
        <translation>Nội dung phải khắc phục của lần kiểm tra đang chọn:</translation>
    </message>
    <message>
        <source>Add re&amp;medy…</source>
        <translation>Thêm nội dung &amp;khắc phục…</translation>
    </message>
    <message>
        <source>&amp;Follow up…</source>
        <translation>Theo &amp;dõi, cập nhật…</translation>
    </message>
    <message>
        <source>Typical-&amp;commune criteria</source>
        <translation>Tiêu chí &amp;điển hình</translation>
    </message>
    <message>
        <source>Criteria &amp;set:</source>
        <translation>&amp;Bộ tiêu chí:</translation>
    </message>
    <message>
        <source>&amp;Assess the criterion…</source>
        <translation>Tự đánh &amp;giá tiêu chí…</translation>
    </message>
</context>
<context>
    <name>ProvinceSheetDialog</name>
    <message>
        <source>The provincial police install the province&apos;s score sheet; it reaches this unit in a package from the level above.</source>
        <translation>Công an tỉnh cài đặt bảng điểm của tỉnh; bảng điểm đến đơn vị này qua gói đồng bộ của cấp trên.</translation>
    </message>
    <message>
        <source>Only an administrator can install a score sheet.</source>
        <translation>Chỉ quản trị viên được cài đặt bảng điểm.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Standard points</source>
        <translation>Điểm chuẩn</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>Điểm trừ</translation>
    </message>
    <message>
        <source>SAMPLE score sheet (no province sheet installed yet), version %1, %2 points.</source>
        <translation>BẢNG ĐIỂM MẪU (chưa cài đặt bảng điểm của tỉnh), phiên bản %1, %2 điểm.</translation>
    </message>
    <message>
        <source>The province&apos;s score sheet, version %1, %2 points.</source>
        <translation>Bảng điểm của tỉnh, phiên bản %1, %2 điểm.</translation>
    </message>
    <message>
        <source>Levels: %1. When not recognised: at most %2.</source>
        <translation>Các mức: %1. Khi chưa được công nhận “An toàn về an ninh, trật tự”: cao nhất mức %2.</translation>
    </message>
    <message>
        <source>Choose the province&apos;s score sheet</source>
        <translation>Chọn tệp bảng điểm của tỉnh</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Install the score sheet</source>
        <translation>Cài đặt bảng điểm</translation>
    </message>
    <message>
        <source>Install %1 as the score sheet of %2? Sheets not scored yet, here and in the units below (it is sent down in the next package), use it; sheets already scored keep the sheet they were scored with.</source>
        <translation>Cài đặt %1 làm bảng điểm của %2? Các bảng chưa chấm, ở đây và ở đơn vị cấp dưới (bảng điểm được gửi xuống trong gói tiếp theo), sẽ dùng bảng điểm này; các bảng đã chấm giữ bảng điểm đã dùng để chấm.</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <source>Installed: version %1, %2 items to score. It is sent down to the units below in the next package.</source>
        <translation>Đã cài đặt phiên bản %1, %2 mục chấm điểm. Bảng điểm được gửi xuống đơn vị cấp dưới trong gói đồng bộ tiếp theo.</translation>
    </message>
    <message>
        <source>Province score sheets</source>
        <translation>Bảng điểm của tỉnh</translation>
    </message>
    <message>
        <source>&amp;Kind of unit:</source>
        <translation>&amp;Loại đơn vị:</translation>
    </message>
    <message>
        <source>&amp;Install the province&apos;s workbook…</source>
        <translation>&amp;Cài đặt bảng điểm của tỉnh từ tệp Excel…</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>Yearly rating of members: %1</source>
        <translation>Xếp loại thành viên hằng năm: %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>— not rated —</source>
        <translation>— chưa xếp loại —</translation>
    </message>
    <message>
        <source>At most %1 % of the members rated, rounded %2, and at least %3.</source>
        <translation>Nhiều nhất %1 % số thành viên được xếp loại, làm tròn %2, và ít nhất %3 người.</translation>
    </message>
    <message>
        <source>up</source>
        <translation>lên</translation>
    </message>
    <message>
        <source>down</source>
        <translation>xuống</translation>
    </message>
    <message>
        <source>Change year</source>
        <translation>Đổi năm</translation>
    </message>
    <message>
        <source>The levels chosen for %1 are not saved yet. Drop them and show another year?</source>
        <translation>Các mức đã chọn cho năm %1 chưa được lưu. Bỏ chúng và xem năm khác?</translation>
    </message>
    <message>
        <source>Drop and change</source>
        <translation>Bỏ và đổi năm</translation>
    </message>
    <message>
        <source>Rating period: %1</source>
        <translation>Kỳ xếp loại: %1</translation>
    </message>
    <message>
        <source>Everyone in the team can be rated.</source>
        <translation>Mọi thành viên của tổ đều được xếp loại.</translation>
    </message>
    <message>
        <source>%1: %2/%3 at most</source>
        <translation>%1: %2/%3 tối đa</translation>
    </message>
    <message>
        <source> — over the cap</source>
        <translation> — vượt giới hạn</translation>
    </message>
    <message>
        <source>Yearly rating of members</source>
        <translation>Xếp loại thành viên hằng năm</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Choose a level in the Level column (F2 or start typing to open it; Tab moves on). Rows marked red are over the cap on the top level.</source>
        <translation>Chọn mức ở cột Xếp loại (F2 hoặc gõ phím để mở; Tab để sang ô tiếp). Dòng tô đỏ là vượt giới hạn ở mức cao nhất.</translation>
    </message>
    <message>
        <source>Not rated this year:</source>
        <translation>Chưa xếp loại năm này:</translation>
    </message>
</context>
<context>
    <name>RatingTableModel</name>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>— not rated —</source>
        <translation>— chưa xếp loại —</translation>
    </message>
    <message>
        <source>Over the cap on the top level</source>
        <translation>Vượt giới hạn ở mức cao nhất</translation>
    </message>
</context>
<context>
    <name>RemedyDialog</name>
    <message>
        <source>Required remedy</source>
        <translation>Nội dung phải khắc phục</translation>
    </message>
    <message>
        <source>&amp;Remedy required:</source>
        <translation>&amp;Nội dung khắc phục:</translation>
    </message>
    <message>
        <source>&amp;Deadline (dd/mm/yyyy):</source>
        <translation>&amp;Thời hạn (ngày/tháng/năm):</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>In báo cáo</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer.</source>
        <translation>Đã gửi %1 trang tới máy in.</translation>
    </message>
    <message>
        <source>The printer could not be opened; check that it is on and ready.</source>
        <translation>Không mở được máy in; hãy kiểm tra máy in đã bật và sẵn sàng.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Đang lập báo cáo…</translation>
    </message>
    <message>
        <source>Ready: %1, %2 pages.</source>
        <translation>Đã xong: %1, %2 trang.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>Định &amp;dạng:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Xem trước</translation>
    </message>
    <message>
        <source>&amp;Save as file…</source>
        <translation>&amp;Lưu thành tệp…</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title:</source>
        <translation>&amp;Chức vụ người ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name:</source>
        <translation>&amp;Họ tên người ký:</translation>
    </message>
    <message>
        <source>Left blank to write by hand</source>
        <translation>Để trống nếu ghi tay</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Trang trước (Page Up)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Trang sau (Page Down)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Thu nhỏ (Ctrl+-)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Phóng to (Ctrl++)</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>&amp;Vừa chiều ngang</translation>
    </message>
    <message>
        <source>The commune (at an upper level: the communes below)</source>
        <translation>Xã (ở cấp trên: các xã trực thuộc)</translation>
    </message>
    <message>
        <source>Every residential area</source>
        <translation>Từng khu dân cư</translation>
    </message>
    <message>
        <source>Every agency</source>
        <translation>Từng cơ quan, doanh nghiệp, cơ sở giáo dục</translation>
    </message>
    <message>
        <source>Su&amp;bjects:</source>
        <translation>Đối &amp;tượng:</translation>
    </message>
    <message>
        <source>Whose score sheet or proposal: the commune itself (at an upper level, the communes below), every residential area, or every agency</source>
        <translation>Bảng điểm, tờ trình của ai: của xã (ở cấp trên: các xã trực thuộc), của từng khu dân cư hoặc của từng cơ quan, doanh nghiệp, cơ sở giáo dục</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>This PC replaces another</source>
        <translation>Máy này thay thế máy khác</translation>
    </message>
    <message>
        <source>This PC becomes %1 and goes on in its place. Do this only if that computer is no longer used: two computers with one identity break the sync. The administrator&apos;s decision is written to the audit trail.</source>
        <translation>Máy này sẽ trở thành %1 và làm việc thay cho máy đó. Chỉ làm khi máy đó không còn dùng nữa: hai máy cùng một danh tính sẽ làm hỏng việc đồng bộ. Quyết định của quản trị viên được ghi vào nhật ký.</translation>
    </message>
    <message>
        <source>This PC replaces it</source>
        <translation>Máy này thay thế</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>This PC &amp;replaces the computer the backup came from (that computer is broken or no longer used)</source>
        <translation>Máy này &amp;thay thế máy đã sao lưu (máy đó đã hỏng hoặc thôi dùng)</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the private keys:</source>
        <translation>&amp;Cụm mật khẩu của khóa riêng:</translation>
    </message>
    <message>
        <source>Make &amp;new keys instead (the units exchanging packages with this PC must register the new key file)</source>
        <translation>Tạo khóa &amp;mới thay vào đó (các đơn vị trao đổi gói với máy này phải đăng ký lại tệp khóa mới)</translation>
    </message>
    <message>
        <source>A copy of the current data is kept in the backups folder first. The application then closes; open it again to work on the restored data.</source>
        <translation>Dữ liệu hiện tại được giữ lại thành một bản sao trong thư mục sao lưu trước. Sau đó chương trình đóng lại; mở lại để làm việc trên dữ liệu đã khôi phục.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review and classification</source>
        <translation>Rà soát, phân loại</translation>
    </message>
    <message>
        <source>&amp;Date (dd/mm/yyyy):</source>
        <translation>&amp;Ngày (ngày/tháng/năm):</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;Xếp loại:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Kết quả rà soát:</translation>
    </message>
    <message>
        <source>Reviewed &amp;by:</source>
        <translation>Người &amp;rà soát:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Standard points</source>
        <translation>Điểm chuẩn</translation>
    </message>
    <message>
        <source>Self-score</source>
        <translation>Điểm tự chấm</translation>
    </message>
    <message>
        <source>Unit&apos;s note</source>
        <translation>Ghi chú của đơn vị</translation>
    </message>
    <message>
        <source>Level above&apos;s score</source>
        <translation>Điểm cấp trên chấm</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>chưa đánh giá</translation>
    </message>
    <message>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Căn cứ, minh chứng</translation>
    </message>
    <message>
        <source>Review: %1 (%2)</source>
        <translation>Xét duyệt: %1 (%2)</translation>
    </message>
    <message>
        <source>State: %1; sent on %2.</source>
        <translation>Tình trạng: %1; ngày gửi %2.</translation>
    </message>
    <message>
        <source>Last comment: %1</source>
        <translation>Nhận xét gần nhất: %1</translation>
    </message>
    <message>
        <source>Self-assessed total: %1 of %2 points; level %3.</source>
        <translation>Tổng điểm tự chấm: %1/%2 điểm; mức %3.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <source>The unit has not sent this sheet (or changed it after sending); it can be decided on once it is sent.</source>
        <translation>Đơn vị chưa gửi bảng đánh giá này (hoặc đã sửa sau khi gửi); chỉ duyệt hoặc trả lại khi đơn vị đã gửi.</translation>
    </message>
    <message>
        <source>Review a unit&apos;s sheet</source>
        <translation>Xét duyệt bảng đánh giá của đơn vị</translation>
    </message>
    <message>
        <source>The unit&apos;s self-scores beside the standard points; set the level above&apos;s score in the last column (double-click, F2 or start typing; halves allowed).</source>
        <translation>Điểm đơn vị tự chấm bên cạnh điểm chuẩn; cấp trên chấm điểm ở cột cuối (nháy đúp, F2 hoặc gõ trực tiếp; được chấm nửa điểm).</translation>
    </message>
    <message>
        <source>Recognition “An toàn về ANTT” (the unit&apos;s results and evidence)</source>
        <translation>Công nhận “An toàn về ANTT” (kết quả và minh chứng của đơn vị)</translation>
    </message>
    <message>
        <source>The unit&apos;s data held here</source>
        <translation>Dữ liệu của đơn vị đang có ở đây</translation>
    </message>
    <message>
        <source>&amp;Level set by the level above:</source>
        <translation>&amp;Mức phân loại của cấp trên:</translation>
    </message>
    <message>
        <source>&amp;Comment (required to return):</source>
        <translation>&amp;Nhận xét (bắt buộc khi trả lại):</translation>
    </message>
    <message>
        <source>&amp;Accept (Duyệt)</source>
        <translation>&amp;Duyệt</translation>
    </message>
    <message>
        <source>&amp;Return for correction</source>
        <translation>&amp;Trả lại để sửa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Level above&apos;s total: %1 of %2 points, which gives the level %3 (items not scored again count the unit&apos;s own score).</source>
        <translation>Tổng điểm cấp trên chấm: %1/%2 điểm, tương ứng mức %3 (mục cấp trên chưa chấm lại tính theo điểm đơn vị tự chấm).</translation>
    </message>
    <message>
        <source>Accept the sheet of %1 (%2)?</source>
        <translation>Duyệt bảng đánh giá của %1 (%2)?</translation>
    </message>
    <message>
        <source>Level above&apos;s total: %1 of %2 points, which gives the level %3.</source>
        <translation>Tổng điểm cấp trên chấm: %1/%2 điểm, tương ứng mức %3.</translation>
    </message>
    <message>
        <source>Level chosen: %1.</source>
        <translation>Mức đã chọn: %1.</translation>
    </message>
    <message>
        <source>Warning: the level chosen is above the level the total gives.</source>
        <translation>Lưu ý: mức đã chọn cao hơn mức mà tổng điểm cho phép.</translation>
    </message>
    <message>
        <source>Once accepted, the sheet is locked: the unit can no longer change it.</source>
        <translation>Sau khi duyệt, bảng đánh giá bị khóa: đơn vị không sửa được nữa.</translation>
    </message>
    <message>
        <source>Write in the comment what the unit must correct, then return the sheet.</source>
        <translation>Hãy ghi vào ô nhận xét những nội dung đơn vị cần sửa rồi mới trả lại.</translation>
    </message>
    <message>
        <source>Accept the sheet</source>
        <translation>Duyệt bảng đánh giá</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Accepted the sheet of %1 (%2).</source>
        <translation>Đã duyệt bảng đánh giá của %1 (%2).</translation>
    </message>
    <message>
        <source>Returned the sheet of %1 (%2) for correction.</source>
        <translation>Đã trả lại bảng đánh giá của %1 (%2) để sửa.</translation>
    </message>
    <message>
        <source>Close the review</source>
        <translation>Đóng bảng xét duyệt</translation>
    </message>
    <message>
        <source>Discard what you typed (scores, level or comment)?</source>
        <translation>Bỏ những gì đã nhập (điểm, mức, nhận xét)?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>%1 sheets or units, %2 overdue</source>
        <translation>%1 bảng hoặc đơn vị, %2 quá hạn</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Hiện:</translation>
    </message>
    <message>
        <source>&amp;Open the sheet…</source>
        <translation>&amp;Mở bảng đánh giá…</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>ScoreGrid</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Điểm chuẩn</translation>
    </message>
    <message>
        <source>Self-score</source>
        <translation>Điểm tự chấm</translation>
    </message>
    <message>
        <source>Measured from the data</source>
        <translation>Số liệu đo từ dữ liệu</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>Điểm trừ</translation>
    </message>
</context>
<context>
    <name>ScoreSheet</name>
    <message>
        <source>not assessed</source>
        <translation>chưa đánh giá</translation>
    </message>
    <message>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Căn cứ, minh chứng</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>ScoreSheetDialog</name>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>%1 – year %2</source>
        <translation>%1 – năm %2</translation>
    </message>
    <message>
        <source>&amp;Recognition “An toàn về an ninh, trật tự” (%1): every criterion met or not</source>
        <translation>&amp;Công nhận “An toàn về an ninh, trật tự” (%1): từng tiêu chí đạt hay không đạt</translation>
    </message>
    <message>
        <source>Score &amp;sheet: %1 (version %2)</source>
        <translation>&amp;Bảng điểm: %1 (phiên bản %2)</translation>
    </message>
    <message>
        <source> – a SAMPLE sheet until the province installs its own</source>
        <translation> – bảng điểm MẪU cho đến khi tỉnh cài bảng điểm của tỉnh</translation>
    </message>
    <message>
        <source>The sheet of a unit below, as it sent it; only that unit can change it.</source>
        <translation>Bảng điểm của đơn vị cấp dưới như đơn vị đó đã gửi; chỉ đơn vị đó được sửa.</translation>
    </message>
    <message>
        <source>Measured: %1. Suggested score: %2 (%3).</source>
        <translation>Số liệu: %1. Điểm đề xuất: %2 (%3).</translation>
    </message>
    <message>
        <source>Nothing measured from the data for this row.</source>
        <translation>Dòng này không có số liệu đo từ dữ liệu.</translation>
    </message>
    <message>
        <source>Measuring from the data…</source>
        <translation>Đang tính số liệu từ dữ liệu…</translation>
    </message>
    <message>
        <source>Attach an evidence file</source>
        <translation>Đính kèm tệp minh chứng</translation>
    </message>
    <message>
        <source>PDF or image (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>PDF hoặc ảnh (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Gỡ tệp</translation>
    </message>
    <message>
        <source>Remove “%1” from this row?</source>
        <translation>Gỡ “%1” khỏi dòng này?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ</translation>
    </message>
    <message>
        <source>not classified yet</source>
        <translation>chưa phân loại</translation>
    </message>
    <message>
        <source>Recognition: %1 · Total %2/%3 · Level: %4</source>
        <translation>Công nhận: %1 · Tổng %2/%3 điểm · Mức: %4</translation>
    </message>
    <message>
        <source>Recognition and score sheet</source>
        <translation>Công nhận và bảng điểm</translation>
    </message>
    <message>
        <source>Edit right in the tables (double-click, F2 or start typing): each criterion met or not with its evidence, each item&apos;s self-score (halves allowed, e.g. 2,5) and note. Save records the whole sheet at once.</source>
        <translation>Sửa ngay trong bảng (nháy đúp, F2 hoặc gõ luôn): từng tiêu chí đạt hay không đạt và căn cứ, điểm tự chấm của từng mục (được chấm nửa điểm, ví dụ 2,5) và ghi chú. Lưu sẽ ghi cả bảng một lần.</translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation>Dòng đang chọn</translation>
    </message>
    <message>
        <source>Use the su&amp;ggestion</source>
        <translation>Dùng điểm đề &amp;xuất</translation>
    </message>
    <message>
        <source>Show the &amp;records…</source>
        <translation>Xem &amp;số liệu…</translation>
    </message>
    <message>
        <source>Evidence files of this row:</source>
        <translation>Tệp minh chứng của dòng này:</translation>
    </message>
    <message>
        <source>A&amp;ttach…</source>
        <translation>Đính &amp;kèm…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Gỡ</translation>
    </message>
    <message>
        <source>E&amp;xplanation</source>
        <translation>&amp;Diễn giải</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Choose your unit in the list (search by name or code).</source>
        <translation>Hãy chọn đơn vị trong danh sách (tìm theo tên hoặc mã).</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Hai lần nhập mật khẩu không giống nhau; hãy nhập lại cùng một mật khẩu.</translation>
    </message>
    <message>
        <source>First-run setup</source>
        <translation>Khởi tạo lần đầu</translation>
    </message>
    <message>
        <source>Level of this installation</source>
        <translation>Cấp của đơn vị sử dụng</translation>
    </message>
    <message>
        <source>Choose the level of the police unit that works on this computer.</source>
        <translation>Chọn cấp của đơn vị công an làm việc trên máy tính này.</translation>
    </message>
    <message>
        <source>&amp;Commune, ward or special zone police (Công an xã, phường, đặc khu)</source>
        <translation>&amp;Công an xã, phường, đặc khu</translation>
    </message>
    <message>
        <source>&amp;Provincial police (receives and consolidates the communes&apos; data)</source>
        <translation>Công an &amp;tỉnh, thành phố (nhận và tổng hợp dữ liệu của các xã)</translation>
    </message>
    <message>
        <source>&amp;Intermediate unit (a former district or a cluster of communes, created by hand)</source>
        <translation>Đơn vị &amp;trung gian (huyện cũ hoặc cụm xã, tự tạo)</translation>
    </message>
    <message>
        <source>Your unit</source>
        <translation>Đơn vị của bạn</translation>
    </message>
    <message>
        <source>Find your unit in the official list; typing without diacritics works too.</source>
        <translation>Tìm đơn vị trong danh mục chính thức; gõ không dấu cũng được.</translation>
    </message>
    <message>
        <source>Type part of the name or the code, e.g. thuong lam or 02269</source>
        <translation>Gõ một phần tên hoặc mã, ví dụ: thuong lam hoặc 02269</translation>
    </message>
    <message>
        <source>Intermediate unit</source>
        <translation>Đơn vị trung gian</translation>
    </message>
    <message>
        <source>Pro&amp;vince:</source>
        <translation>&amp;Tỉnh, thành phố:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>e.g. Cụm xã Lâm Bình</source>
        <translation>ví dụ: Cụm xã Lâm Bình</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>letters first, e.g. H-LAMBINH</source>
        <translation>bắt đầu bằng chữ cái, ví dụ: H-LAMBINH</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>Tài khoản quản trị</translation>
    </message>
    <message>
        <source>The administrator manages users and settings. Keep the password safe: it cannot be recovered.</source>
        <translation>Quản trị viên quản lý người dùng và cài đặt. Hãy giữ kỹ mật khẩu: không thể lấy lại mật khẩu đã quên.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Pass&amp;word again:</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
</context>
<context>
    <name>SubmissionBar</name>
    <message>
        <source>Sent to the level above: %1</source>
        <translation>Gửi cấp trên: %1</translation>
    </message>
    <message>
        <source>(the sheet is locked; ask the level above to return it to change it)</source>
        <translation>(bảng đã khóa; muốn sửa hãy đề nghị cấp trên trả lại)</translation>
    </message>
    <message>
        <source>Sent up</source>
        <translation>Gửi cấp trên</translation>
    </message>
    <message>
        <source>Re&amp;view of units&apos; sheets</source>
        <translation>&amp;Xét duyệt của cấp trên</translation>
    </message>
    <message>
        <source>Se&amp;nd to the level above</source>
        <translation>&amp;Gửi lên cấp trên</translation>
    </message>
    <message>
        <source>Send &amp;all sheets</source>
        <translation>Gửi tấ&amp;t cả các bảng</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Fingerprint of this unit&apos;s key (read it out by phone when the upper level imports the key file): %1</source>
        <translation>Dấu vân tay khóa của đơn vị này (đọc đối chiếu qua điện thoại khi cấp trên nhập tệp khóa): %1</translation>
    </message>
    <message>
        <source>%1 package(s) wait for confirmation: see the tab Waiting for confirmation.</source>
        <translation>Có %1 gói chờ xác nhận: xem thẻ Chờ xác nhận.</translation>
    </message>
    <message>
        <source>%1 units below: %2 complete, %3 with packages missing, %4 have sent nothing yet. Double-click a unit to see its forces.</source>
        <translation>%1 đơn vị trực thuộc: %2 đủ gói, %3 còn thiếu gói, %4 chưa gửi gói nào. Nhấp đúp vào một đơn vị để xem lực lượng của đơn vị đó.</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>Tệp %v / %m</translation>
    </message>
    <message>
        <source>Folder or USB stick for the package</source>
        <translation>Thư mục hoặc USB để lưu gói</translation>
    </message>
    <message>
        <source>Package %1 made (%2 records): %3</source>
        <translation>Đã lập gói số %1 (%2 bản ghi): %3</translation>
    </message>
    <message>
        <source>Choose packages</source>
        <translation>Chọn các gói đồng bộ</translation>
    </message>
    <message>
        <source>Your account may only view data; ask an administrator or an editor to import the packages.</source>
        <translation>Tài khoản của bạn chỉ được xem dữ liệu; hãy nhờ quản trị viên hoặc cán bộ nhập liệu nhập các gói này.</translation>
    </message>
    <message>
        <source>%1 packages imported, %2 already here, %3 refused.</source>
        <translation>Đã nhập %1 gói, %2 gói đã có từ trước, từ chối %3 gói.</translation>
    </message>
    <message>
        <source>%1 held until their key is registered.</source>
        <translation>Giữ lại %1 gói chờ đăng ký khóa.</translation>
    </message>
    <message>
        <source>… and %1 more refused; import those files on their own to see why.</source>
        <translation>… và %1 gói khác bị từ chối; hãy nhập riêng các tệp đó để xem lý do.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Lưu biên nhận</translation>
    </message>
    <message>
        <source>Receipt saved: %1</source>
        <translation>Đã lưu biên nhận: %1</translation>
    </message>
    <message>
        <source>Save the public key</source>
        <translation>Lưu khóa công khai</translation>
    </message>
    <message>
        <source>Public key saved: %1</source>
        <translation>Đã lưu khóa công khai: %1</translation>
    </message>
    <message>
        <source>No package made</source>
        <translation>Chưa lập được gói</translation>
    </message>
    <message>
        <source>Import the upper level&apos;s key file…</source>
        <translation>Nhập tệp khóa của cấp trên…</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Bring back the overwritten version? It becomes the current one on every computer after the next packages.</source>
        <translation>Khôi phục bản đã bị ghi đè? Bản này sẽ thành bản hiện hành trên mọi máy sau các gói tiếp theo.</translation>
    </message>
    <message>
        <source>This directive has no attached files.</source>
        <translation>Văn bản chỉ đạo này không có tệp đính kèm.</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>&amp;Make a package to send…</source>
        <translation>&amp;Lập gói gửi đi…</translation>
    </message>
    <message>
        <source>All &amp;data (not only changes)</source>
        <translation>Toàn bộ &amp;dữ liệu (không chỉ phần thay đổi)</translation>
    </message>
    <message>
        <source>&amp;Import packages…</source>
        <translation>&amp;Nhập gói…</translation>
    </message>
    <message>
        <source>Make a &amp;receipt…</source>
        <translation>Lập &amp;biên nhận…</translation>
    </message>
    <message>
        <source>Save this unit&apos;s public &amp;key…</source>
        <translation>Lưu &amp;khóa công khai của đơn vị…</translation>
    </message>
    <message>
        <source>Import another unit&apos;s key &amp;file…</source>
        <translation>Nhập tệp khóa của đơn vị &amp;khác…</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>Đã &amp;nhận</translation>
    </message>
    <message>
        <source>&amp;Sent</source>
        <translation>Đã &amp;gửi</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Xung đột</translation>
    </message>
    <message>
        <source>When two computers of this unit changed the same record, the later change was kept; the earlier one is listed here and can be brought back.</source>
        <translation>Khi hai máy của đơn vị cùng sửa một bản ghi, bản sửa sau được giữ; bản sửa trước được liệt kê ở đây và có thể khôi phục.</translation>
    </message>
    <message>
        <source>&amp;Bring back the overwritten version</source>
        <translation>&amp;Khôi phục bản bị ghi đè</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Khóa</translation>
    </message>
    <message>
        <source>&amp;Directives</source>
        <translation>Văn bản chỉ &amp;đạo</translation>
    </message>
    <message>
        <source>&amp;Add a directive to send down…</source>
        <translation>&amp;Thêm văn bản chỉ đạo gửi cấp dưới…</translation>
    </message>
    <message>
        <source>Leave out &amp;personal data</source>
        <translation>Không gửi dữ liệu &amp;cá nhân</translation>
    </message>
    <message>
        <source>CCCD numbers, phones, ethnicity, religion and what welfare events say about health are not sent; the receiver keeps what it already has</source>
        <translation>Không gửi số CCCD, điện thoại, dân tộc, tôn giáo và nội dung các sự kiện ốm đau, tai nạn; nơi nhận giữ nguyên dữ liệu đã có</translation>
    </message>
    <message>
        <source>&amp;Units below</source>
        <translation>Đơn vị &amp;trực thuộc</translation>
    </message>
    <message>
        <source>Search a unit, without diacritics too</source>
        <translation>Tìm đơn vị, gõ không dấu cũng được</translation>
    </message>
    <message>
        <source>&amp;Open its attached files</source>
        <translation>&amp;Mở tệp đính kèm</translation>
    </message>
    <message>
        <source>&amp;Waiting for confirmation</source>
        <translation>&amp;Chờ xác nhận</translation>
    </message>
    <message>
        <source>These packages are signed by a key not registered for their unit, so nothing in them was imported. Call the unit, have its officer read out the fingerprint of its key, and compare it with the one shown here. Only if they match, register the key: the package is then imported. Otherwise reject it.</source>
        <translation>Các gói này được ký bằng khóa chưa đăng ký cho đơn vị gửi nên chưa nhập gì. Hãy gọi điện cho đơn vị đó, đề nghị cán bộ đọc dấu vân tay khóa của đơn vị và đối chiếu với dấu vân tay ở đây. Chỉ khi trùng khớp mới đăng ký khóa: gói sẽ được nhập ngay. Nếu không, hãy từ chối gói.</translation>
    </message>
    <message>
        <source>The fingerprints &amp;match: register the key and import</source>
        <translation>Dấu vân tay &amp;trùng khớp: đăng ký khóa và nhập gói</translation>
    </message>
    <message>
        <source>Re&amp;ject the package</source>
        <translation>&amp;Từ chối gói</translation>
    </message>
    <message>
        <source>Only the keys registered here speak for a unit: one key for each of its computers. Retired keys stay listed as history.</source>
        <translation>Chỉ khóa đã đăng ký ở đây mới đại diện cho một đơn vị: mỗi máy của đơn vị một khóa. Khóa đã bỏ vẫn được liệt kê làm lịch sử.</translation>
    </message>
    <message>
        <source>&amp;Forget the chosen key</source>
        <translation>&amp;Bỏ đăng ký khóa đã chọn</translation>
    </message>
    <message>
        <source>Add an &amp;intermediate unit…</source>
        <translation>Thêm đơn vị &amp;trung gian…</translation>
    </message>
    <message>
        <source>The chosen commune sends &amp;through…</source>
        <translation>Xã đã chọn gửi &amp;qua…</translation>
    </message>
</context>
<context>
    <name>SyncTables</name>
    <message>
        <source>Sender</source>
        <translation>Đơn vị gửi</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Số gói</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Gói mới nhất</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Nhận lần cuối</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Số bản ghi</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Data current to</source>
        <translation>Dữ liệu đến ngày</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Gói số</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sang</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Ngày lập</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>Toàn bộ</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Biên nhận</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <source>Overwritten version</source>
        <translation>Bản bị ghi đè</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>đang dùng</translation>
    </message>
    <message>
        <source>retired %1 (%2)</source>
        <translation>đã bỏ %1 (%2)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Nhận lúc</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Dấu vân tay</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>From unit</source>
        <translation>Của đơn vị</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Another target, measured by hand</source>
        <translation>Chỉ tiêu khác, nhập kết quả bằng tay</translation>
    </message>
    <message>
        <source>Every unit below</source>
        <translation>Mọi đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Chỉ tiêu:</translation>
    </message>
    <message>
        <source>&amp;Title (entered by hand):</source>
        <translation>&amp;Tên chỉ tiêu (nhập tay):</translation>
    </message>
    <message>
        <source>Target &amp;value:</source>
        <translation>&amp;Giá trị chỉ tiêu:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn vị &amp;tính:</translation>
    </message>
    <message>
        <source>&amp;Actual (entered by hand):</source>
        <translation>&amp;Kết quả (nhập tay):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>&amp;Set for:</source>
        <translation>&amp;Giao cho:</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>(whole commune)</source>
        <translation>(toàn xã)</translation>
    </message>
    <message>
        <source>Edit team</source>
        <translation>Sửa tổ/đội</translation>
    </message>
    <message>
        <source>Add team</source>
        <translation>Thêm tổ/đội</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tổ/đội</translation>
    </message>
    <message>
        <source>Force &amp;type:</source>
        <translation>&amp;Loại lực lượng:</translation>
    </message>
    <message>
        <source>Residential &amp;area:</source>
        <translation>Đị&amp;a bàn:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>Quota per role (định biên)</source>
        <translation>Định biên theo chức danh</translation>
    </message>
    <message>
        <source>Decision establishing the team</source>
        <translation>Quyết định thành lập</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <source>e.g. 125/QĐ-UBND</source>
        <translation>ví dụ: 125/QĐ-UBND</translation>
    </message>
    <message>
        <source>&amp;Date (dd/mm/yyyy):</source>
        <translation>&amp;Ngày (ngày/tháng/năm):</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>&amp;Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
</context>
<context>
    <name>TeamTable</name>
    <message>
        <source>short by %1</source>
        <translation>thiếu %1</translation>
    </message>
    <message>
        <source>over by %1</source>
        <translation>vượt %1</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tổ/đội</translation>
    </message>
    <message>
        <source>Force type</source>
        <translation>Loại lực lượng</translation>
    </message>
    <message>
        <source>Residential area</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Định biên</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Đang tham gia</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Thiếu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
</context>
<context>
    <name>TrustTabs</name>
    <message>
        <source>&amp;Waiting for confirmation</source>
        <translation>&amp;Chờ xác nhận</translation>
    </message>
    <message>
        <source>The chosen package says it holds: %1</source>
        <translation>Gói đã chọn ghi là chứa: %1</translation>
    </message>
    <message>
        <source>Choose a package to see what it holds.</source>
        <translation>Chọn một gói để xem gói chứa gì.</translation>
    </message>
    <message>
        <source>Key of %1 (%2) registered; fingerprint %3.</source>
        <translation>Đã đăng ký khóa của %1 (%2); dấu vân tay %3.</translation>
    </message>
    <message>
        <source>Did %1 read out exactly this fingerprint by phone?

%2

Registering it lets this key speak for the unit from now on.</source>
        <translation>%1 đã đọc qua điện thoại đúng dấu vân tay này chưa?

%2

Sau khi đăng ký, khóa này đại diện cho đơn vị từ nay về sau.</translation>
    </message>
    <message>
        <source>Register the key</source>
        <translation>Đăng ký khóa</translation>
    </message>
    <message>
        <source>Register and import</source>
        <translation>Đăng ký và nhập gói</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Delete this package without importing it?</source>
        <translation>Xóa gói này, không nhập gì?</translation>
    </message>
    <message>
        <source>Stop accepting packages signed by this key of %1 (%2)? They will wait for confirmation until a key is registered again.</source>
        <translation>Thôi nhận các gói ký bằng khóa này của %1 (%2)? Các gói đó sẽ chờ xác nhận cho đến khi đăng ký lại khóa.</translation>
    </message>
    <message>
        <source>Forget the key</source>
        <translation>Bỏ đăng ký khóa</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Bỏ đăng ký</translation>
    </message>
    <message>
        <source>Key %1 of %2 forgotten.</source>
        <translation>Đã bỏ đăng ký khóa %1 của %2.</translation>
    </message>
    <message>
        <source>Choose a key file</source>
        <translation>Chọn tệp khóa</translation>
    </message>
    <message>
        <source>%1 (%2) already has %3 registered key(s). Is this key file of another computer of the unit, or does it replace its keys (a computer replaced, a key lost)? Fingerprint: %4</source>
        <translation>%1 (%2) đã có %3 khóa đăng ký. Tệp khóa này là của một máy khác của đơn vị, hay thay cho các khóa cũ (thay máy, mất khóa)? Dấu vân tay: %4</translation>
    </message>
    <message>
        <source>Another computer</source>
        <translation>Máy khác của đơn vị</translation>
    </message>
    <message>
        <source>Replace its keys</source>
        <translation>Thay các khóa cũ</translation>
    </message>
</context>
<context>
    <name>UnitSetup</name>
    <message>
        <source>Intermediate unit %1 (%2) added.</source>
        <translation>Đã thêm đơn vị trung gian %1 (%2).</translation>
    </message>
    <message>
        <source>Choose a commune in the list first.</source>
        <translation>Hãy chọn một xã trong danh sách trước.</translation>
    </message>
    <message>
        <source>Directly to this unit</source>
        <translation>Gửi thẳng lên đơn vị này</translation>
    </message>
    <message>
        <source>Sends through</source>
        <translation>Gửi qua</translation>
    </message>
    <message>
        <source>%1 sends its packages:</source>
        <translation>%1 gửi gói:</translation>
    </message>
    <message>
        <source>%1 now sends through %2.</source>
        <translation>%1 từ nay gửi: %2.</translation>
    </message>
</context>
<context>
    <name>UnitsBox</name>
    <message>
        <source>%1 units below, %2 with data here: %3 active members, %4 models, %5 teams below quota. Double-click a unit to open its members.</source>
        <translation>%1 đơn vị trực thuộc, %2 đơn vị đã có dữ liệu: %3 thành viên đang tham gia, %4 mô hình, %5 tổ/đội thiếu định biên. Nhấp đúp vào một đơn vị để mở danh sách thành viên của đơn vị đó.</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Close without saving</source>
        <translation>Đóng mà không lưu</translation>
    </message>
    <message>
        <source>What you typed in this window is not saved yet. Close it and drop what you typed?</source>
        <translation>Những gì đã nhập trong cửa sổ này chưa được lưu. Đóng cửa sổ và bỏ những gì đã nhập?</translation>
    </message>
    <message>
        <source>Drop and close</source>
        <translation>Bỏ và đóng</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>User account</source>
        <translation>Tài khoản người dùng</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
</context>
</TS>
